package shop.auth.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An account as its owner sees it, decrypted.
 *
 * @param userId the account's id
 * @param email the normalised email
 * @param name the name
 * @param phone the phone number, may be {@code null}
 * @param roles the roles
 * @param addresses the delivery addresses
 */
public record UserProfile(UUID userId, String email, String name, String phone, Set<Role> roles,
		List<Address> addresses) {

}

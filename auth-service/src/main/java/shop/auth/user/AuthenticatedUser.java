package shop.auth.user;

import java.util.Set;
import java.util.UUID;

/**
 * An account whose password was just checked.
 *
 * @param userId the account's id
 * @param roles its current roles
 */
public record AuthenticatedUser(UUID userId, Set<Role> roles) {

}

package shop.auth.user;

import java.util.Set;
import java.util.UUID;

/**
 * Roles were taken from an account: tokens that still carry them must stop working.
 *
 * @param userId the account
 * @param roles the roles it lost
 */
public record RolesRevoked(UUID userId, Set<Role> roles) {

}

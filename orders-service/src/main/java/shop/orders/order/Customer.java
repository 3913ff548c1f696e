package shop.orders.order;

import java.util.UUID;

/**
 * The customer as auth-service knew them at order time.
 *
 * @param userId their id
 * @param email their email
 * @param name their name
 */
public record Customer(UUID userId, String email, String name) {

}

package shop.cart.cart;

import java.util.UUID;

/**
 * A cart's status after an internal call.
 *
 * @param cartId the cart
 * @param status its status
 */
public record CartStatusView(UUID cartId, CartStatus status) {

}

package shop.orders.order;

import java.util.UUID;

/**
 * Something the shopper was told at checkout, in the cart's warning format.
 *
 * @param code for example {@code PRICE_CHANGED}
 * @param productId the product concerned
 * @param message a human explanation
 */
public record OrderWarning(String code, UUID productId, String message) {

}

package shop.cart.cart;

import java.util.List;
import java.util.UUID;

/**
 * A cart locked for an order's checkout, with what the order needs to price it.
 *
 * @param cartId the cart
 * @param status {@code LOCKED}, or {@code CHECKED_OUT} when the order already took it
 * @param orderId the order holding the lock
 * @param items the lines
 */
public record LockedCart(UUID cartId, CartStatus status, UUID orderId, List<Line> items) {

	/**
	 * A line of the locked cart.
	 *
	 * @param productId the product
	 * @param sku its SKU
	 * @param name its name
	 * @param quantity units
	 * @param lockedPrice the unit price locked when it entered the cart
	 * @param currentPrice today's unit price, {@code null} when the product has none
	 */
	public record Line(UUID productId, String sku, String name, int quantity, Money lockedPrice, Money currentPrice) {
	}

}

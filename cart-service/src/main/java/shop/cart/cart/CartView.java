package shop.cart.cart;

import java.util.List;
import java.util.UUID;

/**
 * A cart as its owner sees it: every line with its locked and current price, the subtotal
 * of the locked prices, and what the shopper should know before checking out.
 *
 * @param cartId the cart
 * @param status {@code OPEN} or {@code LOCKED}
 * @param lines the lines, oldest first
 * @param subtotal the sum of the line totals
 * @param warnings price changes, low stock and unavailable products
 */
public record CartView(UUID cartId, CartStatus status, List<CartLine> lines, Money subtotal,
		List<CartWarning> warnings) {

	/**
	 * One line.
	 *
	 * @param itemId the line's id
	 * @param productId the product
	 * @param name the product's name (the catalog's current one when it answers)
	 * @param quantity units in the cart
	 * @param lockedPrice the unit price locked when the product entered the cart
	 * @param currentPrice today's unit price, {@code null} when unknown
	 * @param priceChanged whether the current price differs from the locked one
	 * @param lineTotal locked price times quantity
	 */
	public record CartLine(UUID itemId, UUID productId, String name, int quantity, Money lockedPrice,
			Money currentPrice, boolean priceChanged, Money lineTotal) {

		static CartLine of(CartItem item, String name, Money currentPrice) {
			boolean changed = currentPrice != null && !currentPrice.equals(item.lockedPrice());
			return new CartLine(item.id(), item.productId(), (name != null) ? name : item.name(), item.quantity(),
					item.lockedPrice(), currentPrice, changed, item.lineTotal());
		}

	}

	/**
	 * Something about a line the shopper should know.
	 *
	 * @param code {@code PRICE_CHANGED}, {@code STOCK_LOW} or {@code PRODUCT_UNAVAILABLE}
	 * @param productId the product concerned
	 * @param message a human explanation
	 */
	public record CartWarning(String code, UUID productId, String message) {

		static final String PRICE_CHANGED = "PRICE_CHANGED";

		static final String STOCK_LOW = "STOCK_LOW";

		static final String PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";

	}

}

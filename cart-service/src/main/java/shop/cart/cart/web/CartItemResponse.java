package shop.cart.cart.web;

import java.util.UUID;

import shop.cart.cart.CartView;

/**
 * A cart line on the wire.
 */
record CartItemResponse(UUID itemId, UUID productId, String name, int quantity, MoneyResponse lockedPrice,
		MoneyResponse currentPrice, boolean priceChanged, MoneyResponse lineTotal) {

	static CartItemResponse of(CartView.CartLine line) {
		return new CartItemResponse(line.itemId(), line.productId(), line.name(), line.quantity(),
				MoneyResponse.of(line.lockedPrice()), MoneyResponse.of(line.currentPrice()), line.priceChanged(),
				MoneyResponse.of(line.lineTotal()));
	}

}

package shop.cart.cart.web;

import java.util.List;
import java.util.UUID;

import shop.cart.cart.CartView;

/**
 * {@code GET /api/cart}: {@code {cartId, status, items, subtotal, warnings}}.
 */
record CartResponse(UUID cartId, String status, List<CartItemResponse> items, MoneyResponse subtotal,
		List<Warning> warnings) {

	static CartResponse of(CartView cart) {
		return new CartResponse(cart.cartId(), cart.status().name(),
				cart.lines().stream().map(CartItemResponse::of).toList(), MoneyResponse.of(cart.subtotal()),
				cart.warnings()
					.stream()
					.map((warning) -> new Warning(warning.code(), warning.productId(), warning.message()))
					.toList());
	}

	/**
	 * {@code {code, productId, message}}; codes {@code PRICE_CHANGED}, {@code STOCK_LOW},
	 * {@code PRODUCT_UNAVAILABLE}.
	 */
	record Warning(String code, UUID productId, String message) {
	}

}

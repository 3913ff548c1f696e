package shop.cart.cart.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.cart.cart.CartView;

/**
 * {@code GET /api/cart}: {@code {cartId, status, items, subtotal, warnings}}.
 */
record CartResponse(@Schema(example = "0195f3c1-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID cartId,
		@Schema(description = "LOCKED while a checkout runs", allowableValues = {
				"OPEN", "LOCKED" }, example = "OPEN") String status,
		List<CartItemResponse> items, @Schema(description = "The sum of the line totals") MoneyResponse subtotal,
		List<Warning> warnings){

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
	record Warning(@Schema(allowableValues = {
			"PRICE_CHANGED", "STOCK_LOW", "PRODUCT_UNAVAILABLE" }, example = "PRICE_CHANGED") String code,
			@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
			@Schema(example = "The price changed from 19.99 to 21.49 since it was added") String message){
	}

}

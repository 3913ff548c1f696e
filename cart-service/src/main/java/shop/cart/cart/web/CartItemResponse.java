package shop.cart.cart.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.cart.cart.CartView;

/**
 * A cart line on the wire.
 */
record CartItemResponse(@Schema(example = "0195f3c3-1b2c-7d3e-8f4a-5b6c7d8e9f01") UUID itemId,
		@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(example = "USB-C cable, 2 m") String name, @Schema(example = "2") int quantity,
		@Schema(description = "The unit price locked when the product entered the cart") MoneyResponse lockedPrice,
		@Schema(description = "Today's unit price; absent when pricing cannot tell") MoneyResponse currentPrice,
		@Schema(description = "Whether today's price differs from the locked one") boolean priceChanged,
		@Schema(description = "Locked price times quantity") MoneyResponse lineTotal) {

	static CartItemResponse of(CartView.CartLine line) {
		return new CartItemResponse(line.itemId(), line.productId(), line.name(), line.quantity(),
				MoneyResponse.of(line.lockedPrice()), MoneyResponse.of(line.currentPrice()), line.priceChanged(),
				MoneyResponse.of(line.lineTotal()));
	}

}

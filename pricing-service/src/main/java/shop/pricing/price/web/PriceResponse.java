package shop.pricing.price.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.pricing.price.Money;
import shop.pricing.price.Price;

/**
 * {@code {productId, amount, currency, updatedAt}}.
 */
record PriceResponse(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(description = "A decimal string with the currency's digits", example = "1249.00") String amount,
		@Schema(description = "ISO 4217", example = "USD") String currency,
		@Schema(example = "2026-03-14T09:12:41.503Z") Instant updatedAt, @Schema(description = "The admin who set it",
				example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID updatedBy) {

	static PriceResponse of(Price price) {
		return new PriceResponse(price.productId(), Money.format(price.amount(), price.currency()), price.currency(),
				price.updatedAt(), price.updatedBy());
	}

}

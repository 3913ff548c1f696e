package shop.pricing.price.web;

import java.time.Instant;
import java.util.UUID;

import shop.pricing.price.Money;
import shop.pricing.price.Price;

/**
 * {@code {productId, amount, currency, updatedAt}}.
 */
record PriceResponse(UUID productId, String amount, String currency, Instant updatedAt, UUID updatedBy) {

	static PriceResponse of(Price price) {
		return new PriceResponse(price.productId(), Money.format(price.amount(), price.currency()), price.currency(),
				price.updatedAt(), price.updatedBy());
	}

}

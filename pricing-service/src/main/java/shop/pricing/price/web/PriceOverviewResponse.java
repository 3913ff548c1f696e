package shop.pricing.price.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.common.web.PageResponse;
import shop.pricing.price.Money;
import shop.pricing.price.PriceHistoryEntry;

/**
 * A product's current prices and a page of its price history, newest first.
 */
record PriceOverviewResponse(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(description = "The current price in each currency") List<PriceResponse> prices,
		@Schema(description = "Every change, newest first") PageResponse<HistoryEntry> history) {

	/**
	 * One change: {@code oldAmount} is absent for a first price.
	 */
	record HistoryEntry(@Schema(description = "ISO 4217", example = "USD") String currency,
			@Schema(description = "The price before; absent for a first price", example = "1299.00") String oldAmount,
			@Schema(example = "1249.00") String newAmount,
			@Schema(description = "The admin who changed it",
					example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID changedBy,
			@Schema(example = "2026-03-14T09:12:41.503Z") Instant changedAt) {

		static HistoryEntry of(PriceHistoryEntry entry) {
			return new HistoryEntry(entry.currency(),
					(entry.oldAmount() != null) ? Money.format(entry.oldAmount(), entry.currency()) : null,
					Money.format(entry.newAmount(), entry.currency()), entry.changedBy(), entry.changedAt());
		}

	}

}

package shop.pricing.price.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import shop.common.web.PageResponse;
import shop.pricing.price.Money;
import shop.pricing.price.PriceHistoryEntry;

/**
 * A product's current prices and a page of its price history, newest first.
 */
record PriceOverviewResponse(UUID productId, List<PriceResponse> prices, PageResponse<HistoryEntry> history) {

	/**
	 * One change: {@code oldAmount} is absent for a first price.
	 */
	record HistoryEntry(String currency, String oldAmount, String newAmount, UUID changedBy, Instant changedAt) {

		static HistoryEntry of(PriceHistoryEntry entry) {
			return new HistoryEntry(entry.currency(),
					(entry.oldAmount() != null) ? Money.format(entry.oldAmount(), entry.currency()) : null,
					Money.format(entry.newAmount(), entry.currency()), entry.changedBy(), entry.changedAt());
		}

	}

}

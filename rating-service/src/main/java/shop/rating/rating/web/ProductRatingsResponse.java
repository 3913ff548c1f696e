package shop.rating.rating.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;

import shop.rating.rating.Rating;
import shop.rating.rating.RatingSummary;

/**
 * {@code GET /api/products/{productId}/ratings}: the product's summary ({@code average},
 * {@code count}, {@code histogram} by stars) and one page of its ratings, newest first.
 * Public, so ratings carry neither the author nor the order.
 */
record ProductRatingsResponse(UUID productId, BigDecimal average, long count, Map<String, Long> histogram,
		List<Item> items, int page, int size, long totalItems, int totalPages) {

	static ProductRatingsResponse of(RatingSummary summary, Page<Rating> page) {
		return new ProductRatingsResponse(summary.productId(), summary.average(), summary.count(), summary.histogram(),
				page.getContent().stream().map(Item::of).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/**
	 * One public rating.
	 */
	record Item(UUID ratingId, int stars, String comment, Instant createdAt) {

		static Item of(Rating rating) {
			return new Item(rating.id(), rating.stars(), rating.comment(), rating.createdAt());
		}

	}

}

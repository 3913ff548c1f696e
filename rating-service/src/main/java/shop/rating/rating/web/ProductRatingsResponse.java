package shop.rating.rating.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

import shop.rating.rating.Rating;
import shop.rating.rating.RatingSummary;

/**
 * {@code GET /api/products/{productId}/ratings}: the product's summary ({@code average},
 * {@code count}, {@code histogram} by stars) and one page of its ratings, newest first.
 * Public, so ratings carry neither the author nor the order.
 */
record ProductRatingsResponse(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(description = "Average stars, absent without ratings", example = "4.6") BigDecimal average,
		@Schema(example = "57") long count,
		@Schema(description = "Ratings by stars",
				example = "{\"1\": 1, \"2\": 0, \"3\": 2, \"4\": 14, \"5\": 40}") Map<String, Long> histogram,
		List<Item> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
		@Schema(example = "57") long totalItems, @Schema(example = "3") int totalPages) {

	static ProductRatingsResponse of(RatingSummary summary, Page<Rating> page) {
		return new ProductRatingsResponse(summary.productId(), summary.average(), summary.count(), summary.histogram(),
				page.getContent().stream().map(Item::of).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/**
	 * One public rating.
	 */
	record Item(@Schema(example = "0195f3d0-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID ratingId,
			@Schema(example = "5") int stars,
			@Schema(example = "Solid cable, charges my laptop at full speed.") String comment,
			@Schema(example = "2026-03-14T09:26:53Z") Instant createdAt) {

		static Item of(Rating rating) {
			return new Item(rating.id(), rating.stars(), rating.comment(), rating.createdAt());
		}

	}

}

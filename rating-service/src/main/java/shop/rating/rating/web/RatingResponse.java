package shop.rating.rating.web;

import java.time.Instant;
import java.util.UUID;

import shop.rating.rating.Rating;

/**
 * A rating as its author sees it after giving it.
 */
record RatingResponse(UUID ratingId, UUID orderId, UUID productId, int stars, String comment, Instant createdAt) {

	static RatingResponse of(Rating rating) {
		return new RatingResponse(rating.id(), rating.orderId(), rating.productId(), rating.stars(), rating.comment(),
				rating.createdAt());
	}

}

package shop.rating.rating.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.rating.rating.Rating;

/**
 * A rating as its author sees it after giving it.
 */
record RatingResponse(@Schema(example = "0195f3d0-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID ratingId,
		@Schema(example = "0195f3c8-9a0b-7c1d-8e2f-3a4b5c6d7e8f") UUID orderId,
		@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId, @Schema(example = "5") int stars,
		@Schema(example = "Solid cable, charges my laptop at full speed.") String comment,
		@Schema(example = "2026-03-14T09:26:53Z") Instant createdAt) {

	static RatingResponse of(Rating rating) {
		return new RatingResponse(rating.id(), rating.orderId(), rating.productId(), rating.stars(), rating.comment(),
				rating.createdAt());
	}

}

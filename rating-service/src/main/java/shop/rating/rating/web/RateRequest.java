package shop.rating.rating.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/orders/{orderId}/rate}.
 *
 * @param productId the product of the order being rated
 * @param stars 1 to 5
 * @param comment optional, at most {@code shop.rating.max-comment-length} characters
 */
record RateRequest(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @NotNull UUID productId,
		@Schema(example = "5") @NotNull @Min(1) @Max(5) Integer stars,
		@Schema(example = "Solid cable, charges my laptop at full speed.") String comment) {

}

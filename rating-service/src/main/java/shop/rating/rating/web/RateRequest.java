package shop.rating.rating.web;

import java.util.UUID;

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
record RateRequest(@NotNull UUID productId, @NotNull @Min(1) @Max(5) Integer stars, String comment) {

}

package shop.fulfillment.inventory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {onHand, lowStockThreshold?}}.
 */
record SetStockRequest(
		@Schema(description = "Units on the shelf, reserved ones included",
				example = "120") @NotNull @Min(0) @Max(100_000_000) Integer onHand,
		@Schema(description = "At or below this many available units the product counts as low; unchanged when "
				+ "absent (5 for a new product)", example = "10") @Min(0) @Max(100_000_000) Integer lowStockThreshold) {

}

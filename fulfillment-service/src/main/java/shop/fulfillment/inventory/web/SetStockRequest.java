package shop.fulfillment.inventory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {onHand, lowStockThreshold?}}.
 */
record SetStockRequest(@NotNull @Min(0) @Max(100_000_000) Integer onHand,
		@Min(0) @Max(100_000_000) Integer lowStockThreshold) {

}

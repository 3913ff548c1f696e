package shop.fulfillment.reservation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {quantity, ttlSeconds?}}: the exact quantity to hold, {@code 0} to release.
 */
record ReserveRequest(@NotNull @Min(0) @Max(1_000_000) Integer quantity, @Min(1) Long ttlSeconds) {

}

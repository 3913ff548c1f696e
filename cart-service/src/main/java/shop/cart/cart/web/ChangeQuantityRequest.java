package shop.cart.cart.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code PUT /api/cart/items/{itemId}}.
 *
 * @param quantity the line's new quantity, 1 to 999
 */
record ChangeQuantityRequest(@Schema(example = "3") @NotNull @Min(1) @Max(999) Integer quantity) {

}

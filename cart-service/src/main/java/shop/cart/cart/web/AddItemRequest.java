package shop.cart.cart.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/cart/items}.
 *
 * @param productId the product to add
 * @param quantity how many units to add, 1 to 999
 */
record AddItemRequest(@NotNull UUID productId, @NotNull @Min(1) @Max(999) Integer quantity) {

}

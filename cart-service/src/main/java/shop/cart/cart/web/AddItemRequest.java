package shop.cart.cart.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /api/cart/items}.
 *
 * @param productId the product to add
 * @param quantity how many units to add, 1 to 999
 */
record AddItemRequest(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @NotNull UUID productId,
		@Schema(example = "2") @NotNull @Min(1) @Max(999) Integer quantity) {

}

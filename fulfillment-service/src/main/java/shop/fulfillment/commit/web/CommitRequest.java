package shop.fulfillment.commit.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code {orderId, cartId, lines: [{productId, quantity}]}}.
 */
record CommitRequest(@NotNull UUID orderId, @NotNull UUID cartId,
		@NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

	record Line(@NotNull UUID productId, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {

	}

}

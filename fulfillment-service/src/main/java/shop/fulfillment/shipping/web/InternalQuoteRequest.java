package shop.fulfillment.shipping.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code {country, postalCode, lines: [{productId, quantity}], orderValue: {amount,
 * currency}}}.
 */
record InternalQuoteRequest(@NotBlank String country, String postalCode,
		@NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines, @Valid OrderValue orderValue) {

	record Line(@NotNull UUID productId, @NotNull @Min(1) @Max(100_000) Integer quantity) {

	}

	record OrderValue(@NotNull BigDecimal amount, @NotBlank String currency) {

	}

}

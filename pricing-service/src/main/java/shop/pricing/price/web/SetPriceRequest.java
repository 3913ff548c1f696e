package shop.pricing.price.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {amount: "12.34", currency: "USD"}}; the amount may also be a JSON number.
 */
record SetPriceRequest(
		@Schema(type = "string",
				description = "A decimal string (a JSON number is accepted too): not negative, no more decimals than "
						+ "the currency has",
				example = "1249.00") @NotNull BigDecimal amount,
		@Schema(description = "ISO 4217", example = "USD") @NotBlank String currency) {

}

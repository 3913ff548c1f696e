package shop.pricing.price.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code {amount: "12.34", currency: "USD"}}; the amount may also be a JSON number.
 */
record SetPriceRequest(@NotNull BigDecimal amount, @NotBlank String currency) {

}

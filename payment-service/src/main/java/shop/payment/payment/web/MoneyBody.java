package shop.payment.payment.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Money in a request: {@code {"amount": "12.34", "currency": "USD"}}.
 *
 * @param amount a decimal string (a JSON number is accepted too)
 * @param currency ISO 4217 code
 */
record MoneyBody(@NotNull @PositiveOrZero BigDecimal amount, @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {

}

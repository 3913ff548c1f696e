package shop.orders.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Money on the wire: {@code {"amount": "12.34", "currency": "USD"}}, the amount a decimal
 * string.
 *
 * @param amount the amount
 * @param currency ISO 4217 code
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

}

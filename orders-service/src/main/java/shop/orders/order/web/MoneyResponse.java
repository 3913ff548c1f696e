package shop.orders.order.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Money in answers: {@code {"amount": "12.34", "currency": "USD"}}.
 *
 * @param amount a decimal string with the currency's digits
 * @param currency ISO 4217 code
 */
record MoneyResponse(
		@Schema(description = "A decimal string with the currency's digits", example = "2498.00") String amount,
		@Schema(description = "ISO 4217", example = "USD") String currency) {

	static MoneyResponse of(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		return new MoneyResponse(amount.setScale(digits, RoundingMode.HALF_UP).toPlainString(), currency);
	}

}

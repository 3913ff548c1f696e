package shop.orders.order.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money in answers: {@code {"amount": "12.34", "currency": "USD"}}.
 *
 * @param amount a decimal string with the currency's digits
 * @param currency ISO 4217 code
 */
record MoneyResponse(String amount, String currency) {

	static MoneyResponse of(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		return new MoneyResponse(amount.setScale(digits, RoundingMode.HALF_UP).toPlainString(), currency);
	}

}

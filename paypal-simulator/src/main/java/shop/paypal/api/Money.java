package shop.paypal.api;

import java.math.BigDecimal;

/**
 * PayPal's money: {@code {"currency_code": "USD", "value": "10.00"}}.
 *
 * @param currencyCode ISO 4217 code
 * @param value decimal string
 */
public record Money(String currencyCode, String value) {

	public BigDecimal amount() {
		return new BigDecimal(this.value);
	}

	public static Money of(String currencyCode, BigDecimal amount) {
		return new Money(currencyCode, amount.toPlainString());
	}

}

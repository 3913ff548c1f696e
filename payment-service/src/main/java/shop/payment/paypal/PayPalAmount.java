package shop.payment.paypal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount as PayPal states it.
 *
 * @param currency ISO 4217 code
 * @param value the amount
 */
public record PayPalAmount(String currency, BigDecimal value) {

	/**
	 * Parses PayPal's {@code {currency_code, value}}.
	 */
	public static PayPalAmount of(String currency, String value) {
		return new PayPalAmount(currency, new BigDecimal(value));
	}

	/**
	 * The value as PayPal wants it: a decimal string at the currency's scale.
	 */
	public String plainValue() {
		int digits = Currency.getInstance(this.currency).getDefaultFractionDigits();
		return this.value.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY).toPlainString();
	}

	/**
	 * Whether both state the same amount in the same currency, whatever their scale.
	 */
	public boolean sameAs(String currency, BigDecimal value) {
		return this.currency.equals(currency) && this.value.compareTo(value) == 0;
	}

}

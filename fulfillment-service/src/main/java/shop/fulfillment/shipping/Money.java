package shop.fulfillment.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in an ISO 4217 currency.
 *
 * @param amount the amount
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

	/**
	 * The ISO 4217 currency of a code, or {@code null} when it is not one.
	 */
	public static Currency currency(String code) {
		if (code == null || !code.matches("[A-Za-z]{3}")) {
			return null;
		}
		try {
			return Currency.getInstance(code.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The amount rounded to the currency's decimals.
	 */
	public Money rounded() {
		int digits = Math.max(Currency.getInstance(this.currency).getDefaultFractionDigits(), 0);
		return new Money(this.amount.setScale(digits, RoundingMode.HALF_UP), this.currency);
	}

	/**
	 * The amount as the wire shows it: a decimal string with the currency's decimals.
	 */
	public String formattedAmount() {
		return rounded().amount().toPlainString();
	}

}

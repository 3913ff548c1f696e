package shop.cart.cart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's scale (two digits for USD, none for
 * JPY), so that equal amounts compare equal and totals never carry stray digits.
 *
 * @param amount the amount
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		int scale = Currency.getInstance(currency).getDefaultFractionDigits();
		amount = amount.setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)), this.currency);
	}

	public Money plus(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + this.currency);
		}
		return new Money(this.amount.add(other.amount), this.currency);
	}

	/**
	 * The amount as a decimal string at the currency's scale, for the API.
	 */
	public String plainAmount() {
		return this.amount.toPlainString();
	}

}

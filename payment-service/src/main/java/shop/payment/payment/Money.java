package shop.payment.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount at its currency's scale.
 *
 * @param amount the amount
 * @param currency ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0),
				RoundingMode.HALF_EVEN);
	}

	public String plainAmount() {
		return this.amount.toPlainString();
	}

}

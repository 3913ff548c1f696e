package shop.pricing.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import shop.common.web.FieldError;
import shop.common.web.ValidationException;

/**
 * An amount in an ISO 4217 currency, never negative, with no more decimals than the
 * currency has (two for USD, none for JPY).
 *
 * @param amount the amount
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

	/**
	 * The largest amount a price may have (NUMERIC(19, 4)).
	 */
	static final BigDecimal MAX = new BigDecimal("999999999999999");

	/**
	 * Validates an amount and currency from a request.
	 * @throws ValidationException listing what is wrong, per field
	 */
	public static Money of(BigDecimal amount, String currency) {
		List<FieldError> errors = new ArrayList<>();
		Currency iso = currency(currency);
		if (iso == null) {
			errors.add(new FieldError("currency", "must be an ISO 4217 currency code such as USD"));
		}
		if (amount == null) {
			errors.add(new FieldError("amount", "must not be null"));
		}
		else if (amount.signum() < 0) {
			errors.add(new FieldError("amount", "must not be negative"));
		}
		else if (amount.compareTo(MAX) > 0) {
			errors.add(new FieldError("amount", "must be at most " + MAX.toPlainString()));
		}
		else if (iso != null && amount.stripTrailingZeros().scale() > Math.max(iso.getDefaultFractionDigits(), 0)) {
			errors.add(new FieldError("amount", "must have at most " + Math.max(iso.getDefaultFractionDigits(), 0)
					+ " decimal places in " + iso.getCurrencyCode()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new Money(amount, iso.getCurrencyCode());
	}

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
	 * The amount as the wire shows it: a decimal string with the currency's decimals.
	 */
	public static String format(BigDecimal amount, String currency) {
		int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		return amount.setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
	}

}

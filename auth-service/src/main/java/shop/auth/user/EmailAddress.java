package shop.auth.user;

import java.util.Locale;
import java.util.regex.Pattern;

import shop.common.web.ValidationException;

/**
 * A normalised email address: trimmed and lower-cased, so that {@code " Ann@Example.COM"}
 * and {@code "ann@example.com"} are one account.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

	/**
	 * Longest address SMTP allows (RFC 5321).
	 */
	static final int MAX_LENGTH = 254;

	// one @, a non-empty local part, a domain with at least one dot, no spaces or
	// control characters anywhere
	private static final Pattern VALID = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	/**
	 * Normalises without judging the format, for look-ups (a login with a malformed email
	 * simply finds nobody).
	 */
	public static EmailAddress normalise(String raw) {
		return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Normalises and checks the format, for new accounts.
	 * @throws ValidationException when it is not a usable address
	 */
	public static EmailAddress parse(String raw) {
		EmailAddress email = normalise(raw);
		if (email.value().length() > MAX_LENGTH || !VALID.matcher(email.value()).matches()
				|| email.value().contains("..")) {
			throw ValidationException.of("email", "must be a valid email address");
		}
		return email;
	}

}

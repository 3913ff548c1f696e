package shop.auth.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import shop.common.web.ValidationException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (BCrypt ignores the rest), not the account's email, and not
 * one of the commonly used passwords of the built-in list.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private static final String COMMON_PASSWORDS = "common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = common.stream().map((value) -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/**
	 * The policy with the built-in list of common passwords.
	 */
	public static PasswordPolicy withBuiltInList() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new PasswordPolicy(reader.lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a new password of the account with this email.
	 * @throws ValidationException naming the field {@code password} when it is weak
	 */
	public void check(String password, EmailAddress email) {
		String problem = problem(password, email);
		if (problem != null) {
			throw ValidationException.of("password", problem);
		}
	}

	private String problem(String password, EmailAddress email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "must be at least " + MIN_LENGTH + " characters long";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "must be at most " + MAX_BYTES + " bytes long";
		}
		String lower = password.trim().toLowerCase(Locale.ROOT);
		if (lower.equals(email.value())) {
			return "must not be your email address";
		}
		if (this.common.contains(lower)) {
			return "is too common; choose one that is harder to guess";
		}
		return null;
	}

}

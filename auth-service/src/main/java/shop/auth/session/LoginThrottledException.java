package shop.auth.session;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * Too many failed logins for the account or from the client's address: answered 429 with
 * {@code Retry-After}, alike whether the account exists or not.
 */
public class LoginThrottledException extends ShopException {

	private final long retryAfterSeconds;

	LoginThrottledException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_LOGIN_ATTEMPTS", "Too many login attempts",
				"Too many failed logins; try again later");
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0));
		with("retryAfterSeconds", this.retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}

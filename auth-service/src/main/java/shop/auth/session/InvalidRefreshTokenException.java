package shop.auth.session;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * A refresh token that cannot be used: unknown, expired, of an ended session, or already
 * used (then the whole session has just been ended).
 */
public class InvalidRefreshTokenException extends ShopException {

	private InvalidRefreshTokenException(String code, String title, String detail) {
		super(HttpStatus.UNAUTHORIZED, code, title, detail);
	}

	static InvalidRefreshTokenException invalid() {
		return new InvalidRefreshTokenException("INVALID_REFRESH_TOKEN", "Invalid refresh token",
				"The refresh token is unknown, expired or of an ended session; log in again");
	}

	static InvalidRefreshTokenException reused() {
		return new InvalidRefreshTokenException("REFRESH_TOKEN_REUSED", "Refresh token reused",
				"The refresh token was already used; the session has been ended for safety, log in again");
	}

}

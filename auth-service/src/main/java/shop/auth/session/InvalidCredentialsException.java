package shop.auth.session;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * A login with an unknown email or a wrong password: both get exactly this answer.
 */
public class InvalidCredentialsException extends ShopException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Invalid credentials",
				"The email or the password is wrong");
	}

}

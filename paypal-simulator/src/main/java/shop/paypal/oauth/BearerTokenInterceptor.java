package shop.paypal.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import shop.paypal.api.PayPalError;

/**
 * Lets an API call through only with a bearer token the simulator issued and that has not
 * expired: 401 {@code AUTHENTICATION_FAILURE} otherwise, as PayPal answers.
 */
class BearerTokenInterceptor implements HandlerInterceptor {

	private final AccessTokens tokens;

	BearerTokenInterceptor(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String token = (authorization != null && authorization.startsWith("Bearer "))
				? authorization.substring("Bearer ".length()).trim() : null;
		if (!this.tokens.isValid(token)) {
			throw PayPalError.authenticationFailure();
		}
		return true;
	}

}

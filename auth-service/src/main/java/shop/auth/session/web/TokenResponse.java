package shop.auth.session.web;

import java.util.UUID;

import shop.auth.session.IssuedTokens;

/**
 * The answer to a login or refresh (DESIGN §2).
 */
record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, UUID sessionId) {

	static TokenResponse of(IssuedTokens tokens) {
		return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn(),
				tokens.sessionId());
	}

}

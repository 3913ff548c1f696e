package shop.auth.session.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.auth.session.IssuedTokens;

/**
 * The answer to a login or refresh (DESIGN §2).
 */
record TokenResponse(@Schema(description = "A JWT for the Authorization: Bearer header",
		example = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjIwMjYtMDEifQ.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl") String accessToken,
		@Schema(description = "Opaque; spent by its first use",
				example = "rt_8kQ2c0f4V1x9ZbLmN3pR5sT7uWyA2dF6hJ") String refreshToken,
		@Schema(example = "Bearer") String tokenType,
		@Schema(description = "Seconds until the access token expires", example = "900") long expiresIn,
		@Schema(example = "0195f3b0-2c4d-7e6f-8a9b-0c1d2e3f4a5b") UUID sessionId) {

	static TokenResponse of(IssuedTokens tokens) {
		return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn(),
				tokens.sessionId());
	}

}

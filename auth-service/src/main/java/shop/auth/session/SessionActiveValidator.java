package shop.auth.session;

import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import shop.common.security.jwt.ShopJwt;

/**
 * auth-service's own token check includes the session: a token whose session has ended
 * (logout, refresh-token reuse, roles revoked) is refused, as the gateway refuses it.
 */
@Component
class SessionActiveValidator implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error ENDED = new OAuth2Error("invalid_token", "The session has ended", null);

	private final SessionRepository sessions;

	SessionActiveValidator(SessionRepository sessions) {
		this.sessions = sessions;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		UUID sessionId;
		UUID userId;
		try {
			sessionId = UUID.fromString(jwt.getClaimAsString(ShopJwt.SESSION_CLAIM));
			userId = UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return OAuth2TokenValidatorResult.failure(ENDED);
		}
		boolean active = this.sessions.findById(sessionId)
			.filter((session) -> session.isActive() && session.belongsTo(userId))
			.isPresent();
		return active ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(ENDED);
	}

}

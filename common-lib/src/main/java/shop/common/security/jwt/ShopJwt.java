package shop.common.security.jwt;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The rules every access token must pass, the same at the gateway (reactive) and in every
 * service (servlet): signature by a key of auth-service's JWKS (checked by the decoder),
 * not expired, the fleet's issuer and audience, a subject and a session id; roles come
 * from the {@code roles} claim.
 */
public final class ShopJwt {

	public static final String SESSION_CLAIM = "sid";

	public static final String ROLES_CLAIM = "roles";

	private ShopJwt() {
	}

	public static OAuth2TokenValidator<Jwt> validator(ShopSecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = (
				jwt) -> (jwt.getAudience() != null && jwt.getAudience().contains(properties.audience()))
						? OAuth2TokenValidatorResult.success() : failure("The token is not meant for this audience");
		OAuth2TokenValidator<Jwt> claims = (
				jwt) -> (jwt.getSubject() != null && jwt.getClaimAsString(SESSION_CLAIM) != null)
						? OAuth2TokenValidatorResult.success() : failure("The token lacks its subject or session");
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
				audience, claims);
	}

	public static Collection<GrantedAuthority> authorities(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
		if (roles == null) {
			return List.of();
		}
		return roles.stream().<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
	}

}

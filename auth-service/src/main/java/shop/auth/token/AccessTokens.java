package shop.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.jsonwebtoken.Jwts;

import org.springframework.stereotype.Component;

import shop.auth.AuthProperties;
import shop.common.security.jwt.ShopJwt;
import shop.common.security.jwt.ShopSecurityProperties;
import shop.common.util.Ids;

/**
 * Issues access tokens: RS256 JWTs signed with the active key (its {@code kid} in the
 * header), with {@code iss}, {@code aud}, {@code sub} (the user id), {@code sid} (the
 * session id), {@code roles}, a unique {@code jti}, {@code iat} and {@code exp}.
 */
@Component
public class AccessTokens {

	private final SigningKeys keys;

	private final ShopSecurityProperties security;

	private final AuthProperties properties;

	private final Clock clock;

	AccessTokens(SigningKeys keys, ShopSecurityProperties security, AuthProperties properties, Clock clock) {
		this.keys = keys;
		this.security = security;
		this.properties = properties;
		this.clock = clock;
	}

	public AccessToken issue(UUID userId, UUID sessionId, Collection<String> roles) {
		KeyRing.ActiveKey key = this.keys.ring().active();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.accessTokenTtl());
		String token = Jwts.builder()
			.header()
			.keyId(key.kid())
			.type("JWT")
			.and()
			.issuer(this.security.issuer())
			.audience()
			.add(this.security.audience())
			.and()
			.subject(userId.toString())
			.id(Ids.newId(this.clock).toString())
			.issuedAt(Date.from(now))
			.expiration(Date.from(expiresAt))
			.claim(ShopJwt.SESSION_CLAIM, sessionId.toString())
			.claim(ShopJwt.ROLES_CLAIM, List.copyOf(roles))
			.signWith(key.privateKey(), Jwts.SIG.RS256)
			.compact();
		return new AccessToken(token, this.properties.accessTokenTtl().toSeconds(), expiresAt);
	}

}

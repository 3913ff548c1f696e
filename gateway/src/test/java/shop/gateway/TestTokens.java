package shop.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens shaped like auth-service's, signed with a test key whose JWKS the
 * WireMock stand-in for auth-service serves; and a second key with the same {@code kid}
 * that nobody publishes, for forged tokens.
 */
public final class TestTokens {

	public static final String KID = "gateway-test-key";

	static final RSAKey KEY = generate();

	static final RSAKey OTHER_KEY = generate();

	static final RSAKey UNKNOWN_KID_KEY = generate("not-published");

	private TestTokens() {
	}

	public static String jwks() {
		return new JWKSet(KEY.toPublicJWK()).toString();
	}

	/**
	 * The claims of a valid token: 15 minutes, the fleet's issuer and audience.
	 */
	public static JWTClaimsSet.Builder claims(UUID userId, UUID sessionId, String... roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(userId.toString())
			.issuer("shop-auth")
			.audience("shop-api")
			.claim("sid", sessionId.toString())
			.claim("roles", List.of(roles))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(900)));
	}

	public static String sign(JWTClaimsSet claims) {
		return sign(claims, KEY);
	}

	public static String signWithUnpublishedKey(JWTClaimsSet claims) {
		return sign(claims, OTHER_KEY);
	}

	/**
	 * Signed with a key whose {@code kid} the JWKS does not list (as after a rotation the
	 * gateway has not seen yet).
	 */
	public static String signWithUnknownKid(JWTClaimsSet claims) {
		return sign(claims, UNKNOWN_KID_KEY);
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate() {
		return generate(KID);
	}

	private static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

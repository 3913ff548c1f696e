package shop.common.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Test-only RSA keys and access tokens shaped like auth-service's, for services whose
 * tests need an authenticated user without running auth-service.
 */
public final class TestKeys {

	private static final KeyPair KEYS = generate();

	private TestKeys() {
	}

	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEYS.getPublic();
	}

	/**
	 * A valid access token for a user with the given roles, expiring in 15 minutes.
	 */
	public static String token(UUID userId, String... roles) {
		return token(userId, UUID.randomUUID().toString(), Instant.now().plusSeconds(900), List.of(roles));
	}

	public static String token(UUID userId, String sessionId, Instant expiresAt, List<String> roles) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId.toString())
			.issuer("shop-auth")
			.audience("shop-api")
			.claim("sid", sessionId)
			.claim("roles", roles)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(Instant.now().minusSeconds(1)))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

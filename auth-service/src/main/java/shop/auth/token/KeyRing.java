package shop.auth.token;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The signing keys as one instance knows them at one moment: the active key that signs
 * and every published key that verifies (the active one included).
 *
 * @param active the key that signs
 * @param published the keys that verify, newest first
 * @param loadedAt when this snapshot was read from the database
 */
record KeyRing(ActiveKey active, List<PublicKey> published, Instant loadedAt) {

	KeyRing {
		published = List.copyOf(published);
	}

	/**
	 * The published keys as a JSON Web Key Set, public parts only.
	 */
	JWKSet jwkSet() {
		return new JWKSet(this.published.stream().<JWK>map(PublicKey::jwk).toList());
	}

	/**
	 * The JWKS document served at {@code /.well-known/jwks.json}.
	 */
	Map<String, Object> jwksDocument() {
		return jwkSet().toJSONObject(true);
	}

	Optional<PublicKey> published(String kid) {
		return this.published.stream().filter((key) -> key.kid().equals(kid)).findFirst();
	}

	/**
	 * The signing key.
	 *
	 * @param kid its key id, put in every token's header
	 * @param privateKey the private key
	 */
	record ActiveKey(String kid, RSAPrivateKey privateKey) {

	}

	/**
	 * A verification key.
	 *
	 * @param kid its key id
	 * @param publicKey the public key
	 */
	record PublicKey(String kid, RSAPublicKey publicKey) {

		JWK jwk() {
			return new RSAKey.Builder(this.publicKey).keyID(this.kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}

	}

}

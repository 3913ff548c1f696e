package shop.auth.token;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A key pair that signs access tokens. At most one key is active (signs); a retired key
 * only verifies, and is published until the tokens it signed have expired.
 */
@Entity
@Table(name = "signing_keys")
class SigningKey {

	static final String ALGORITHM = "RS256";

	@Id
	private String kid;

	private String algorithm;

	private String publicKey;

	private String privateKey;

	private Instant createdAt;

	private Instant retiredAt;

	protected SigningKey() {
	}

	private SigningKey(String kid, String publicKey, String encryptedPrivateKey, Instant now) {
		this.kid = kid;
		this.algorithm = ALGORITHM;
		this.publicKey = publicKey;
		this.privateKey = encryptedPrivateKey;
		this.createdAt = now;
	}

	/**
	 * A new active key.
	 * @param publicKey the X.509 encoded public key, base64
	 * @param encryptedPrivateKey the PKCS#8 private key, base64, encrypted
	 */
	static SigningKey create(String kid, String publicKey, String encryptedPrivateKey, Instant now) {
		return new SigningKey(kid, publicKey, encryptedPrivateKey, now);
	}

	/**
	 * Stops signing with this key; it keeps verifying while published.
	 */
	void retire(Instant now) {
		if (this.retiredAt == null) {
			this.retiredAt = now;
		}
	}

	boolean isActive() {
		return this.retiredAt == null;
	}

	boolean isDueForRotation(Instant now, Duration maxAge) {
		return isActive() && !this.createdAt.plus(maxAge).isAfter(now);
	}

	/**
	 * Whether the key belongs in the JWKS: active, or retired less than
	 * {@code publication} ago.
	 */
	boolean isPublishedAt(Instant now, Duration publication) {
		return this.retiredAt == null || this.retiredAt.plus(publication).isAfter(now);
	}

	String kid() {
		return this.kid;
	}

	String algorithm() {
		return this.algorithm;
	}

	String publicKey() {
		return this.publicKey;
	}

	String encryptedPrivateKey() {
		return this.privateKey;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant retiredAt() {
		return this.retiredAt;
	}

}

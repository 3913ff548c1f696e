package shop.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a value, stored beside its ciphertext so that rows can be
 * found by an exact value (an email, say) through an ordinary unique index, without
 * decrypting anything and without revealing the value to someone who reads the table but
 * lacks the key.
 */
public final class BlindIndex {

	private final SecretKeySpec key;

	public BlindIndex(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("The blind-index key must be at least 256 bits");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/**
	 * The hex HMAC of a value; callers normalise the value first (trim, lower case).
	 */
	public String of(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}

package shop.common.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys of the field encryption, from the environment.
 *
 * @param enabled whether this service encrypts fields (it then refuses to start without
 * keys)
 * @param keys comma-separated {@code keyId:base64Key} pairs of 256-bit AES keys
 * ({@code SHOP_CRYPTO_KEYS}); older keys stay listed so that old values still decrypt
 * @param activeKeyId the key new values are written with
 * ({@code SHOP_CRYPTO_ACTIVE_KEY_ID}); defaults to the last listed key
 * @param blindIndexKey base64 HMAC key for blind indexes
 * ({@code SHOP_CRYPTO_BLIND_INDEX_KEY})
 */
@ConfigurationProperties("shop.crypto")
public record CryptoProperties(boolean enabled, String keys, String activeKeyId, String blindIndexKey) {

	private static final String HINT = "Set SHOP_CRYPTO_KEYS (keyId:base64 of 32 random bytes, comma-separated) "
			+ "and SHOP_CRYPTO_BLIND_INDEX_KEY (base64 of 32 random bytes); ./shop start generates dev-only keys into .fleet/";

	public FieldEncryptor fieldEncryptor() {
		Map<String, SecretKey> parsed = parseKeys();
		String active = (this.activeKeyId != null && !this.activeKeyId.isBlank()) ? this.activeKeyId
				: parsed.keySet().stream().reduce((first, second) -> second).orElseThrow();
		return new FieldEncryptor(parsed, active);
	}

	public BlindIndex blindIndex() {
		if (this.blindIndexKey == null || this.blindIndexKey.isBlank()) {
			throw new IllegalStateException("No blind-index key is configured. " + HINT);
		}
		return new BlindIndex(decode("blind-index key", this.blindIndexKey));
	}

	private Map<String, SecretKey> parseKeys() {
		if (this.keys == null || this.keys.isBlank()) {
			throw new IllegalStateException("No field-encryption keys are configured. " + HINT);
		}
		Map<String, SecretKey> parsed = new LinkedHashMap<>();
		for (String entry : this.keys.split(",")) {
			String trimmed = entry.trim();
			int colon = trimmed.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException("Malformed entry in shop.crypto.keys (expected keyId:base64). " + HINT);
			}
			String id = trimmed.substring(0, colon);
			parsed.put(id, new SecretKeySpec(decode("key " + id, trimmed.substring(colon + 1)), "AES"));
		}
		return parsed;
	}

	private static byte[] decode(String what, String base64) {
		try {
			return Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The " + what + " is not valid base64. " + HINT, ex);
		}
	}

}

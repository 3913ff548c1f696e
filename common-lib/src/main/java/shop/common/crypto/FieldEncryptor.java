package shop.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of single field values with key ids, so that keys can rotate:
 * new values are written with the active key, values written under an older key still
 * decrypt as long as that key is configured.
 * <p>
 * A ciphertext is the text {@code v1.<keyId>.<base64url(nonce || ciphertext || tag)>}
 * with a random 96-bit nonce per value. The optional associated data binds a value to its
 * place (a row id and column, say) so that a ciphertext copied elsewhere fails to
 * decrypt.
 */
public final class FieldEncryptor {

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private final SecureRandom random = new SecureRandom();

	public FieldEncryptor(Map<String, SecretKey> keys, String activeKeyId) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("At least one encryption key is required");
		}
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("The active key id '" + activeKeyId + "' is not among the keys");
		}
		keys.forEach((id, key) -> {
			if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalArgumentException("Key id '" + id + "' must be 1-32 letters, digits, '-' or '_'");
			}
			if (key.getEncoded().length != 32) {
				throw new IllegalArgumentException("Key '" + id + "' must be 256 bits (32 bytes)");
			}
		});
		this.keys = new LinkedHashMap<>(keys);
		this.activeKeyId = activeKeyId;
	}

	public String activeKeyId() {
		return this.activeKeyId;
	}

	public String encrypt(String plaintext) {
		return encrypt(plaintext, null);
	}

	/**
	 * Encrypts a value with the active key.
	 * @param plaintext the value, {@code null} stays {@code null}
	 * @param associatedData authenticated but not encrypted context, may be {@code null}
	 * @return the self-describing ciphertext
	 */
	public String encrypt(String plaintext, String associatedData) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			aad(cipher, this.activeKeyId, associatedData);
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return VERSION + "." + this.activeKeyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(String ciphertext) {
		return decrypt(ciphertext, null);
	}

	/**
	 * Decrypts a value written by {@link #encrypt(String, String)} under any configured
	 * key.
	 * @throws DecryptionException when the value is malformed, its key is unknown, or it
	 * was tampered with
	 */
	public String decrypt(String ciphertext, String associatedData) {
		if (ciphertext == null) {
			return null;
		}
		String[] parts = ciphertext.split("\\.", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new DecryptionException("Not an encrypted value of a known format");
		}
		SecretKey key = this.keys.get(parts[1]);
		if (key == null) {
			throw new DecryptionException("Unknown encryption key id '" + parts[1] + "'");
		}
		try {
			byte[] raw = Base64.getUrlDecoder().decode(parts[2]);
			if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
				throw new DecryptionException("Encrypted value is truncated");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
			aad(cipher, parts[1], associatedData);
			byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new DecryptionException("Encrypted value could not be authenticated", ex);
		}
	}

	/**
	 * Whether a value was written with a key other than the active one and should be
	 * re-encrypted.
	 */
	public boolean needsRotation(String ciphertext) {
		return ciphertext != null && !ciphertext.startsWith(VERSION + "." + this.activeKeyId + ".");
	}

	private static void aad(Cipher cipher, String keyId, String associatedData) {
		cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
		if (associatedData != null) {
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
		}
	}

}

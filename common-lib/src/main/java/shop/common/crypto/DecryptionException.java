package shop.common.crypto;

/**
 * A stored encrypted value could not be decrypted: malformed, under an unknown key, or
 * tampered with.
 */
public class DecryptionException extends RuntimeException {

	public DecryptionException(String message) {
		super(message);
	}

	public DecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}

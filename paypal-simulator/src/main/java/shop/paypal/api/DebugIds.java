package shop.paypal.api;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * PayPal-like identifiers: debug ids (13 hex digits) and resource ids (upper-case letters
 * and digits).
 */
public final class DebugIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".toCharArray();

	private DebugIds() {
	}

	public static String debugId() {
		byte[] bytes = new byte[7];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes).substring(0, 13);
	}

	/**
	 * A resource id such as an order ({@code 17} characters) or a payer ({@code 13}).
	 */
	public static String resourceId(int length) {
		char[] id = new char[length];
		for (int i = 0; i < length; i++) {
			id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

}

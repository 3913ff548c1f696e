package shop.orders.saga;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A shopper's checkout request.
 *
 * @param userId the shopper
 * @param idempotencyKey the client's {@code Idempotency-Key}
 * @param shippingAddressId one of the shopper's saved addresses, or {@code null}
 * @param shippingAddress an address given inline, or {@code null}
 * @param deliveryMode the chosen delivery mode ({@code standard}, {@code express}, …)
 * @param acceptPriceChanges whether to pay current prices that differ from the cart's
 * locked ones
 */
public record PlaceOrder(UUID userId, String idempotencyKey, UUID shippingAddressId, NewAddress shippingAddress,
		String deliveryMode, boolean acceptPriceChanges) {

	/**
	 * A SHA-256 of everything but the user and the key: two requests under the same key
	 * are the same request when their fingerprints match.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder();
		append(canonical, this.shippingAddressId);
		if (this.shippingAddress != null) {
			NewAddress address = this.shippingAddress;
			for (Object part : new Object[] { address.label(), address.name(), address.line1(), address.line2(),
					address.city(), address.region(), address.postalCode(), address.country() }) {
				append(canonical, part);
			}
		}
		else {
			append(canonical, null);
		}
		append(canonical, this.deliveryMode);
		append(canonical, this.acceptPriceChanges);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void append(StringBuilder canonical, Object value) {
		String text = (value != null) ? value.toString() : "\u0000";
		canonical.append(text.length()).append(':').append(text).append(';');
	}

	/**
	 * An address given with the order.
	 *
	 * @param label the shopper's label
	 * @param name the recipient
	 * @param line1 first line
	 * @param line2 second line
	 * @param city city
	 * @param region region or state
	 * @param postalCode postal code
	 * @param country ISO 3166-1 alpha-2 code
	 */
	public record NewAddress(String label, String name, String line1, String line2, String city, String region,
			String postalCode, String country) {

	}

}

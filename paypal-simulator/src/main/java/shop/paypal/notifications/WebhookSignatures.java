package shop.paypal.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import shop.paypal.SimulatorProperties;

/**
 * Signs and verifies webhook transmissions. PayPal signs
 * {@code transmission_id|transmission_time|webhook_id|crc32(body)} with its certificate;
 * the simulator signs {@code transmission_id|transmission_time|webhook_id|event id} with
 * an HMAC-SHA256 key, so that a verification does not depend on how the event's JSON was
 * re-serialised on its way.
 */
@Component
public class WebhookSignatures {

	public static final String AUTH_ALGO = "SHA256withRSA";

	private final byte[] key;

	WebhookSignatures(SimulatorProperties properties) {
		this.key = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
	}

	public String sign(String transmissionId, String transmissionTime, String webhookId, String eventId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] signature = mac.doFinal(String.join("|", transmissionId, transmissionTime, webhookId, eventId)
				.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	boolean verify(String transmissionId, String transmissionTime, String webhookId, String eventId, String signature) {
		if (transmissionId == null || transmissionTime == null || webhookId == null || eventId == null
				|| signature == null) {
			return false;
		}
		return MessageDigest.isEqual(
				sign(transmissionId, transmissionTime, webhookId, eventId).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

}

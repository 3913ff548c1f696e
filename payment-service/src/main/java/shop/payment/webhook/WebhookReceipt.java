package shop.payment.webhook;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What became of a received webhook event.
 *
 * @param eventId PayPal's event id
 * @param outcome {@code APPLIED}, {@code UNCHANGED}, {@code UNKNOWN_PAYMENT},
 * {@code AMOUNT_MISMATCH}, {@code IGNORED} (an event type the shop does not act on) or
 * {@code DUPLICATE} (processed before)
 */
public record WebhookReceipt(@Schema(example = "WH-2WR32451HC0233532-67976317FL4543714") String eventId,
		@Schema(allowableValues = {
				"APPLIED", "UNCHANGED", "UNKNOWN_PAYMENT", "AMOUNT_MISMATCH", "IGNORED", "DUPLICATE" },
				example = "APPLIED") String outcome){

}

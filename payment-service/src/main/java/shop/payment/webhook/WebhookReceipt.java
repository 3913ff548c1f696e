package shop.payment.webhook;

/**
 * What became of a received webhook event.
 *
 * @param eventId PayPal's event id
 * @param outcome {@code APPLIED}, {@code UNCHANGED}, {@code UNKNOWN_PAYMENT},
 * {@code AMOUNT_MISMATCH}, {@code IGNORED} (an event type the shop does not act on) or
 * {@code DUPLICATE} (processed before)
 */
public record WebhookReceipt(String eventId, String outcome) {

}

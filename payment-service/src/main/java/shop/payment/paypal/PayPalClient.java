package shop.payment.paypal;

/**
 * The port to PayPal: everything payment-service asks of it. Every call either answers or
 * throws a {@link PayPalException}: {@link PayPalUnavailableException} when the outcome
 * is unknown or transient, {@link PayPalRejectedException} when PayPal said no. Calls
 * that move money take a {@code PayPal-Request-Id}: repeating one with the same id gets
 * PayPal's first answer instead of a second charge or refund.
 */
public interface PayPalClient {

	/**
	 * Creates an order with intent CAPTURE.
	 */
	PayPalOrder createOrder(NewPayPalOrder order, String requestId);

	/**
	 * The order's current state (approved? captured?).
	 */
	PayPalOrder getOrder(String orderId);

	/**
	 * Captures an approved order's whole amount.
	 */
	PayPalOrder captureOrder(String orderId, String requestId);

	/**
	 * Refunds (part of) a capture.
	 */
	PayPalRefund refundCapture(String captureId, PayPalAmount amount, String requestId);

	/**
	 * Asks PayPal whether a webhook event carries its signature for this shop's webhook.
	 * @param rawEvent the event exactly as received
	 */
	boolean verifyWebhookSignature(WebhookTransmission transmission, String rawEvent);

}

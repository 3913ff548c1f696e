package shop.payment.payment;

import java.util.UUID;

/**
 * A payment as its callers see it, PayPal's ids decrypted.
 *
 * @param paymentId the payment
 * @param orderId the shop's order
 * @param provider {@code PAYPAL}
 * @param status {@code CREATED}, {@code APPROVED}, {@code CAPTURED}, {@code REFUNDED},
 * {@code VOIDED} or {@code FAILED}
 * @param approvalUrl PayPal's approve link for the payer
 * @param reference PayPal's order id
 * @param captureReference PayPal's capture id, once captured
 * @param amount the amount
 */
public record PaymentView(UUID paymentId, UUID orderId, String provider, String status, String approvalUrl,
		String reference, String captureReference, Money amount) {

}

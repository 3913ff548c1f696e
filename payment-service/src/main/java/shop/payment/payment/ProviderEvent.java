package shop.payment.payment;

import java.util.UUID;

/**
 * What an event PayPal reported did to a payment.
 *
 * @param outcome the effect
 * @param paymentId the payment concerned, {@code null} when unknown
 */
public record ProviderEvent(Outcome outcome, UUID paymentId) {

	static final ProviderEvent UNKNOWN = new ProviderEvent(Outcome.UNKNOWN_PAYMENT, null);

	static ProviderEvent of(Payment payment, PaymentStatus before) {
		return new ProviderEvent((payment.status() != before) ? Outcome.APPLIED : Outcome.UNCHANGED, payment.id());
	}

	/**
	 * The effect of an event.
	 */
	public enum Outcome {

		/** The payment changed. */
		APPLIED,
		/** The payment already knew. */
		UNCHANGED,
		/** No payment has that PayPal order or capture. */
		UNKNOWN_PAYMENT,
		/** A capture of another amount than the payment's: refused and to be refunded. */
		AMOUNT_MISMATCH

	}

}

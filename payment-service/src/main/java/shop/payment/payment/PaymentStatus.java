package shop.payment.payment;

/**
 * Where a payment is. {@code NEW} is internal (the row exists, PayPal's order is not
 * created yet) and shows as {@code CREATED}; the others are the statuses of
 * docs/internal-api.md.
 */
public enum PaymentStatus {

	NEW, CREATED, APPROVED, CAPTURED, REFUNDED, VOIDED, FAILED;

	/**
	 * The status as the internal API shows it.
	 */
	public String shown() {
		return (this == NEW) ? CREATED.name() : name();
	}

}

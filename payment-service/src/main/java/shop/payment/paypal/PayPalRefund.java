package shop.payment.paypal;

/**
 * A refund of a capture.
 *
 * @param id PayPal's refund id
 * @param status {@code COMPLETED}, {@code PENDING}, {@code FAILED}, {@code CANCELLED}
 * @param amount what was refunded, when PayPal said
 */
public record PayPalRefund(String id, String status, PayPalAmount amount) {

	public boolean succeeded() {
		return "COMPLETED".equals(this.status) || "PENDING".equals(this.status);
	}

}

package shop.payment.paypal;

/**
 * A capture (money taken from the payer).
 *
 * @param id PayPal's capture id
 * @param status {@code COMPLETED}, {@code PENDING}, {@code DECLINED}, {@code FAILED},
 * {@code REFUNDED}, ...
 * @param amount what was captured
 */
public record PayPalCapture(String id, String status, PayPalAmount amount) {

	/**
	 * Whether the money was taken ({@code COMPLETED}) or will be ({@code PENDING}, for
	 * example under review).
	 */
	public boolean succeeded() {
		return "COMPLETED".equals(this.status) || "PENDING".equals(this.status) || "REFUNDED".equals(this.status)
				|| "PARTIALLY_REFUNDED".equals(this.status);
	}

}

package shop.payment.paypal;

/**
 * A call to PayPal that did not succeed, with PayPal's {@code debug_id} when it sent one
 * (PayPal's support asks for it).
 */
public abstract sealed class PayPalException extends RuntimeException
		permits PayPalUnavailableException, PayPalRejectedException {

	private final String debugId;

	protected PayPalException(String message, String debugId, Throwable cause) {
		super(message, cause);
		this.debugId = debugId;
	}

	public String debugId() {
		return this.debugId;
	}

}

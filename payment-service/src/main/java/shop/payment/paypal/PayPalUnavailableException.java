package shop.payment.paypal;

/**
 * PayPal could not be reached or failed (timeout, refused connection, 5xx, 429, refused
 * credentials): the outcome is unknown or transient, and the same call with the same
 * {@code PayPal-Request-Id} may be repeated safely.
 */
public final class PayPalUnavailableException extends PayPalException {

	public PayPalUnavailableException(String message, String debugId, Throwable cause) {
		super(message, debugId, cause);
	}

}

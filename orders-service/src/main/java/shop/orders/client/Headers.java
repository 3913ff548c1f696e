package shop.orders.client;

/**
 * Header names of the internal API.
 */
public final class Headers {

	/**
	 * Makes a state-changing call safe to repeat: a repeat answers what the first call
	 * did.
	 */
	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private Headers() {
	}

}

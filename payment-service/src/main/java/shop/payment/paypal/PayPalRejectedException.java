package shop.payment.paypal;

/**
 * PayPal refused the call (4xx): a business outcome such as {@code ORDER_NOT_APPROVED} or
 * {@code INSTRUMENT_DECLINED}; repeating it changes nothing.
 */
public final class PayPalRejectedException extends PayPalException {

	private final int status;

	private final String name;

	private final String issue;

	public PayPalRejectedException(int status, String name, String issue, String message, String debugId) {
		super("PayPal answered " + status + " " + name + ((issue != null) ? " (" + issue + ")" : "")
				+ ((message != null) ? ": " + message : ""), debugId, null);
		this.status = status;
		this.name = name;
		this.issue = issue;
	}

	public int status() {
		return this.status;
	}

	/**
	 * PayPal's error {@code name}, for example {@code UNPROCESSABLE_ENTITY}.
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The first {@code details[].issue}, for example {@code ORDER_NOT_APPROVED}; the name
	 * when there are no details.
	 */
	public String issue() {
		return (this.issue != null) ? this.issue : this.name;
	}

}

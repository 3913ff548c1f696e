package shop.paypal.faults;

/**
 * What a fault does to a call.
 */
public enum FaultMode {

	/**
	 * The payer's bank declines: a capture answers 422 {@code INSTRUMENT_DECLINED}, a
	 * refund 422 {@code REFUND_FAILED_INSUFFICIENT_FUNDS}; nothing changes.
	 */
	DECLINE,

	/**
	 * PayPal fails: 500 {@code INTERNAL_SERVER_ERROR}; nothing changes.
	 */
	ERROR_500,

	/**
	 * The call is carried out, but its answer is held back longer than a caller waits; a
	 * repeat with the same {@code PayPal-Request-Id} gets the stored answer.
	 */
	TIMEOUT,

	/**
	 * The approval page redirects as usual, but the order counts as approved only a while
	 * later; a capture before then answers {@code ORDER_NOT_APPROVED}.
	 */
	APPROVE_LATE

}

package shop.orders.saga;

/**
 * Why a saga compensates.
 */
public enum SagaIntent {

	/** The shopper cancelled, or did not approve the payment in time. */
	CANCEL,

	/** A step failed for good. */
	FAIL

}

package shop.orders.saga;

import java.util.Locale;
import java.util.UUID;

/**
 * The calls a checkout saga makes, forward steps first, then compensations. Each carries
 * an idempotency key derived from the order and the step, so running a step again (after
 * a timeout, a crash, a second instance) is harmless.
 */
public enum SagaStep {

	LOCK_CART(true), QUOTE_SHIPPING(true), CREATE_PAYMENT(true), CAPTURE_PAYMENT(true), COMMIT_STOCK(true),
	CHECKOUT_CART(true), RESTORE_STOCK(false), REFUND_PAYMENT(false), VOID_PAYMENT(false), RELEASE_STOCK(false),
	UNLOCK_CART(false);

	private final boolean forward;

	SagaStep(boolean forward) {
		this.forward = forward;
	}

	public boolean isForward() {
		return this.forward;
	}

	/**
	 * Whether the step is retried until it succeeds instead of being given up: the
	 * compensations, and the cart check-out that follows the commit point (money and
	 * stock are already taken).
	 */
	public boolean isRetriedUntilDone() {
		return !this.forward || this == CHECKOUT_CART;
	}

	/**
	 * The idempotency key of this step for an order, for example
	 * {@code 0195f3c0-…:capture-payment}.
	 */
	public String idempotencyKey(UUID orderId) {
		return orderId + ":" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}

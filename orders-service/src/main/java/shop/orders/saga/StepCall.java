package shop.orders.saga;

import java.util.UUID;

import shop.orders.client.CartClient;
import shop.orders.client.FulfillmentClient;
import shop.orders.client.PaymentClient;

/**
 * The request of one saga step, built from the saga and its order under the saga's lock
 * and logged before the call goes out.
 */
sealed interface StepCall {

	SagaStep step();

	UUID orderId();

	default String idempotencyKey() {
		return step().idempotencyKey(orderId());
	}

	record LockCart(UUID orderId, UUID userId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.LOCK_CART;
		}

	}

	record QuoteShipping(UUID orderId, FulfillmentClient.QuoteRequest body) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.QUOTE_SHIPPING;
		}

	}

	record CreatePayment(UUID orderId, PaymentClient.CreatePayment body) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.CREATE_PAYMENT;
		}

	}

	record CapturePayment(UUID orderId, UUID paymentId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.CAPTURE_PAYMENT;
		}

	}

	record CommitStock(UUID orderId, FulfillmentClient.CommitStock body) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.COMMIT_STOCK;
		}

	}

	record CheckoutCart(UUID orderId, UUID cartId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.CHECKOUT_CART;
		}

	}

	record RestoreStock(UUID orderId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.RESTORE_STOCK;
		}

	}

	record RefundPayment(UUID orderId, UUID paymentId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.REFUND_PAYMENT;
		}

	}

	record VoidPayment(UUID orderId, UUID paymentId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.VOID_PAYMENT;
		}

	}

	record ReleaseStock(UUID orderId, UUID cartId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.RELEASE_STOCK;
		}

	}

	/**
	 * Unlocks the cart; when the lock's answer was lost ({@code cartId} unknown) the cart
	 * is first found by repeating the lock, which is idempotent for the same order.
	 */
	record UnlockCart(UUID orderId, UUID userId, UUID cartId) implements StepCall {

		@Override
		public SagaStep step() {
			return SagaStep.UNLOCK_CART;
		}

		CartClient.CartOrder body() {
			return new CartClient.CartOrder(this.orderId);
		}

	}

}

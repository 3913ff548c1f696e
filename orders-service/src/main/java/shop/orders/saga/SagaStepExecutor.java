package shop.orders.saga;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;
import shop.common.feign.RemoteProblemException;
import shop.orders.client.CartClient;
import shop.orders.client.FulfillmentClient;
import shop.orders.client.PaymentClient;

/**
 * Makes the remote call of a saga step, with the step's idempotency key, and classifies
 * its outcome. Compensations are made total here: an answer that means "nothing to undo"
 * (no committed stock, a cart not locked by the order) counts as done, and a refused void
 * or refund is settled by asking payment-service what the payment's status really is.
 */
@Component
class SagaStepExecutor {

	private static final Logger log = LoggerFactory.getLogger(SagaStepExecutor.class);

	private static final String CAPTURED = "CAPTURED";

	private final CartClient carts;

	private final PaymentClient payments;

	private final FulfillmentClient fulfillment;

	SagaStepExecutor(CartClient carts, PaymentClient payments, FulfillmentClient fulfillment) {
		this.carts = carts;
		this.payments = payments;
		this.fulfillment = fulfillment;
	}

	StepOutcome execute(StepCall call) {
		try {
			return switch (call) {
				case StepCall.LockCart lock -> done(
						this.carts.lock(lock.idempotencyKey(), new CartClient.LockCart(lock.userId(), lock.orderId())));
				case StepCall.QuoteShipping quote -> done(this.fulfillment.quote(quote.body()));
				case StepCall.CreatePayment create ->
					done(this.payments.create(create.idempotencyKey(), create.body()));
				case StepCall.CapturePayment capture ->
					done(this.payments.capture(capture.idempotencyKey(), capture.paymentId()));
				case StepCall.CommitStock commit ->
					done(this.fulfillment.commit(commit.idempotencyKey(), commit.body()));
				case StepCall.CheckoutCart checkout -> done(this.carts.checkout(checkout.idempotencyKey(),
						checkout.cartId(), new CartClient.CartOrder(checkout.orderId())));
				case StepCall.RestoreStock restore -> restore(restore);
				case StepCall.RefundPayment refund -> refund(refund);
				case StepCall.VoidPayment voidPayment -> voidPayment(voidPayment);
				case StepCall.ReleaseStock release -> release(release);
				case StepCall.UnlockCart unlock -> unlock(unlock);
			};
		}
		catch (RuntimeException ex) {
			return classify(call, ex);
		}
	}

	private StepOutcome restore(StepCall.RestoreStock call) {
		try {
			return done(this.fulfillment.restore(call.idempotencyKey(),
					new FulfillmentClient.RestoreStock(call.orderId())));
		}
		catch (RuntimeException ex) {
			return nothingToUndo(ex, "no stock was committed for the order");
		}
	}

	private StepOutcome release(StepCall.ReleaseStock call) {
		if (call.cartId() == null) {
			return new StepOutcome.Succeeded(null, "the cart is unknown; its reservations expire by themselves");
		}
		try {
			this.fulfillment.releaseReservations(call.idempotencyKey(), call.cartId());
			return new StepOutcome.Succeeded(null, null);
		}
		catch (RuntimeException ex) {
			return nothingToUndo(ex, "the cart has no reservations to release");
		}
	}

	private StepOutcome unlock(StepCall.UnlockCart call) {
		try {
			UUID cartId = call.cartId();
			if (cartId == null) {
				cartId = this.carts
					.lock(SagaStep.LOCK_CART.idempotencyKey(call.orderId()),
							new CartClient.LockCart(call.userId(), call.orderId()))
					.cartId();
			}
			return done(this.carts.unlock(call.idempotencyKey(), cartId, call.body()));
		}
		catch (RuntimeException ex) {
			return nothingToUndo(ex, "the cart is not locked by this order");
		}
	}

	private StepOutcome voidPayment(StepCall.VoidPayment call) {
		if (call.paymentId() == null) {
			return new StepOutcome.Succeeded(null, "no payment was created");
		}
		try {
			return done(this.payments.voidPayment(call.idempotencyKey(), call.paymentId()));
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.problem(ex).isEmpty()) {
				throw ex;
			}
			PaymentClient.PaymentView payment = this.payments.get(call.paymentId());
			String detail = "void refused (" + ex.getMessage() + "); the payment is " + payment.status();
			return new StepOutcome.Succeeded(payment, detail);
		}
	}

	private StepOutcome refund(StepCall.RefundPayment call) {
		try {
			return done(this.payments.refund(call.idempotencyKey(), call.paymentId()));
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.problem(ex).isEmpty()) {
				throw ex;
			}
			PaymentClient.PaymentView payment = this.payments.get(call.paymentId());
			if (CAPTURED.equals(payment.status())) {
				log.error("Refund of payment {} of order {} refused while it is captured: {}", call.paymentId(),
						call.orderId(), ex.getMessage());
				return new StepOutcome.Unavailable("refund refused while the payment is captured: " + ex.getMessage());
			}
			return new StepOutcome.Succeeded(payment, "nothing to refund; the payment is " + payment.status());
		}
	}

	private static StepOutcome done(Object response) {
		return new StepOutcome.Succeeded(response, null);
	}

	private static StepOutcome nothingToUndo(RuntimeException ex, String meaning) {
		Optional<RemoteProblemException> problem = RemoteCalls.problem(ex);
		if (problem.isEmpty()) {
			throw ex;
		}
		return new StepOutcome.Succeeded(null,
				meaning + " (" + problem.get().status() + " " + problem.get().code() + ")");
	}

	private static StepOutcome classify(StepCall call, RuntimeException ex) {
		Optional<RemoteProblemException> problem = RemoteCalls.problem(ex);
		if (problem.isPresent()) {
			RemoteProblemException rejection = problem.get();
			Object detail = rejection.problem().get("detail");
			return new StepOutcome.Rejected(rejection.status(), rejection.code(),
					(detail != null) ? detail.toString() : null,
					Collections.unmodifiableMap(new LinkedHashMap<>(rejection.problem())));
		}
		if (!RemoteCalls.isTransient(ex)) {
			log.error("Step {} of order {} failed unexpectedly; it will be retried", call.step(), call.orderId(), ex);
		}
		return new StepOutcome.Unavailable(describe(ex));
	}

	/**
	 * The failure without the circuit breaker's wrapper, which says nothing itself.
	 */
	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause
				&& cause.getClass().getSimpleName().equals("NoFallbackAvailableException")) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}

package shop.orders.saga;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.FieldError;
import shop.common.web.ShopException;
import shop.orders.Backoff;
import shop.orders.OrdersProperties;
import shop.orders.client.CartClient;
import shop.orders.client.FulfillmentClient;
import shop.orders.client.Money;
import shop.orders.client.PaymentClient;
import shop.orders.order.Customer;
import shop.orders.order.Order;
import shop.orders.order.OrderLine;
import shop.orders.order.OrderRepository;
import shop.orders.order.OrderStatus;
import shop.orders.order.OrderWarning;
import shop.orders.order.ShippingAddress;

/**
 * Every change of a checkout saga, each in one transaction under the saga's row lock: the
 * state change, the order's matching change (whose status event goes to the outbox in the
 * same transaction) and the step log entry commit together, before the next call goes
 * out. The calls themselves are made by {@link SagaRunner} between these transactions,
 * never inside one.
 */
@Service
class SagaTransitions {

	private static final Logger log = LoggerFactory.getLogger(SagaTransitions.class);

	private static final Set<String> STANDARD_PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
			"code", "requestId", "traceId");

	private final CheckoutSagaRepository sagas;

	private final OrderRepository orders;

	private final SagaStepLogRepository logs;

	private final CheckoutRequestRepository requests;

	private final JsonMapper json;

	private final Clock clock;

	private final OrdersProperties properties;

	private final Backoff backoff;

	SagaTransitions(CheckoutSagaRepository sagas, OrderRepository orders, SagaStepLogRepository logs,
			CheckoutRequestRepository requests, JsonMapper json, Clock clock, OrdersProperties properties) {
		this.sagas = sagas;
		this.orders = orders;
		this.logs = logs;
		this.requests = requests;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.backoff = new Backoff(properties.saga().initialBackoff(), properties.saga().maxBackoff());
	}

	/**
	 * Claims the user's idempotency key and creates the order and its saga, or answers
	 * {@code false} when the key was already used.
	 */
	@Transactional
	public boolean start(PlaceOrder command, UUID orderId, Customer customer, ShippingAddress address) {
		Instant now = this.clock.instant();
		if (this.requests.claim(command.userId(), command.idempotencyKey(), command.fingerprint(), orderId, now) == 0) {
			return false;
		}
		this.orders.save(Order.place(orderId, customer, address, command.deliveryMode(), command.acceptPriceChanges(),
				this.properties.currency(), now));
		this.sagas.save(CheckoutSaga.start(orderId, now));
		this.logs.save(
				SagaStepLog.noted(
						orderId, "CHECKOUT_REQUESTED", "Idempotency-Key " + command.idempotencyKey() + ", delivery "
								+ command.deliveryMode() + ", acceptPriceChanges " + command.acceptPriceChanges(),
						now));
		return true;
	}

	/**
	 * Takes the saga's lease for its due step and logs the step's request, or says why
	 * there is nothing to run. A payment whose approval deadline passed is turned to
	 * cancellation first.
	 */
	@Transactional
	public Acquisition acquire(UUID orderId, String owner) {
		Instant now = this.clock.instant();
		CheckoutSaga saga = lockSaga(orderId);
		if (saga.leasedByOther(owner, now)) {
			return new Acquisition.Busy();
		}
		if (saga.approvalExpired(now)) {
			Order order = lockOrder(orderId);
			saga.compensate(SagaIntent.CANCEL, SagaFailure.of(HttpStatus.CONFLICT, "APPROVAL_EXPIRED",
					"Payment approval expired", "The payment was not approved and confirmed within "
							+ this.properties.approvalTimeout() + "; the order was cancelled and nothing was charged"),
					now);
			this.logs.save(SagaStepLog.noted(orderId, "APPROVAL_EXPIRED", "deadline " + saga.approvalDeadline(), now));
			settle(saga, order, now);
		}
		if (saga.step() == null) {
			saga.releaseIfHeldBy(owner);
			return new Acquisition.Idle(saga.state());
		}
		if (!saga.isDue(now)) {
			saga.releaseIfHeldBy(owner);
			return new Acquisition.NotDue(saga.nextAttemptAt());
		}
		Order order = this.orders.findById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
		StepCall call = callFor(saga.step(), order);
		saga.claim(owner, now, this.properties.saga().lease());
		SagaStepLog entry = this.logs.save(SagaStepLog.started(orderId, saga.step(), saga.attempts(), owner,
				this.json.writeValueAsString(call), now));
		return new Acquisition.Claimed(call, entry.id(), order.userId(), saga.attempts());
	}

	/**
	 * Records a step's outcome: the saga's and the order's transitions, the log entry,
	 * and the lease given up. An executor that lost its lease meanwhile records nothing
	 * (the step runs again under the same idempotency key).
	 */
	@Transactional
	public Recorded record(UUID orderId, String owner, Acquisition.Claimed claimed, StepOutcome outcome) {
		Instant now = this.clock.instant();
		CheckoutSaga saga = lockSaga(orderId);
		SagaStepLog entry = this.logs.findById(claimed.logId()).orElseThrow();
		SagaStep step = claimed.call().step();
		if (!saga.heldBy(owner, step)) {
			entry.finish("DISCARDED", "lease lost before the outcome (" + outcome.name() + ") was recorded", now);
			log.warn("Order {}: outcome of {} discarded, {} no longer holds the saga", orderId, step, owner);
			return new Recorded(step, "DISCARDED", saga.state(), claimed.attempt());
		}
		Order order = lockOrder(orderId);
		switch (outcome) {
			case StepOutcome.Succeeded succeeded -> succeeded(saga, order, claimed.call(), succeeded, now);
			case StepOutcome.Rejected rejected -> rejected(saga, order, claimed.call(), rejected, now);
			case StepOutcome.Unavailable unavailable -> unavailable(saga, step, unavailable, now);
		}
		saga.release();
		settle(saga, order, now);
		entry.finish(outcome.name(), outcome.detail(), now);
		return new Recorded(step, outcome.name(), saga.state(), claimed.attempt());
	}

	/**
	 * The shopper confirms: capture next, unless the saga no longer waits for that.
	 */
	@Transactional
	public void requestConfirmation(UUID orderId) {
		Instant now = this.clock.instant();
		CheckoutSaga saga = lockSaga(orderId);
		if (saga.awaitingApproval() && !saga.approvalExpired(now)) {
			saga.confirmationRequested(now);
			this.logs.save(SagaStepLog.noted(orderId, "CONFIRM_REQUESTED", null, now));
		}
	}

	/**
	 * The shopper cancels: the saga turns to compensation, unless a step is running
	 * (answers {@link CancellationRequest#BUSY}) or it already turned back.
	 */
	@Transactional
	public CancellationRequest requestCancellation(UUID orderId, String owner) {
		Instant now = this.clock.instant();
		CheckoutSaga saga = lockSaga(orderId);
		if (saga.isTurnedBack()) {
			return CancellationRequest.ALREADY_TURNED_BACK;
		}
		if (saga.leasedByOther(owner, now)) {
			return CancellationRequest.BUSY;
		}
		Order order = lockOrder(orderId);
		order.requestCancellation(now);
		saga.compensate(SagaIntent.CANCEL, null, now);
		this.logs.save(SagaStepLog.noted(orderId, "CANCEL_REQUESTED", "order was " + order.status(), now));
		settle(saga, order, now);
		return CancellationRequest.ACCEPTED;
	}

	/**
	 * Leases up to {@code limit} due sagas to {@code owner}; rows locked by another
	 * instance's claim are skipped.
	 */
	@Transactional
	public List<UUID> claimDue(String owner, int limit) {
		Instant now = this.clock.instant();
		List<UUID> due = this.sagas.lockDue(now, limit);
		if (!due.isEmpty()) {
			this.sagas.lease(due, owner, now.plus(this.properties.saga().lease()));
		}
		return due;
	}

	@Transactional(readOnly = true)
	public SagaStatus status(UUID orderId) {
		CheckoutSaga saga = this.sagas.findById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
		return new SagaStatus(saga.state(), saga.step(), saga.awaitingApproval(), saga.isTurnedBack(), saga.failure());
	}

	private void succeeded(CheckoutSaga saga, Order order, StepCall call, StepOutcome.Succeeded outcome, Instant now) {
		switch (call) {
			case StepCall.LockCart lock -> lockedCart(saga, order, (CartClient.LockedCart) outcome.response(), now);
			case StepCall.QuoteShipping quote ->
				quoted(saga, order, (FulfillmentClient.ShippingQuote) outcome.response(), now);
			case StepCall.CreatePayment create -> {
				PaymentClient.PaymentView payment = (PaymentClient.PaymentView) outcome.response();
				order.paymentCreated(payment.paymentId(), payment.provider(), payment.status(), payment.reference(),
						payment.approvalUrl(), now);
				saga.paymentCreated(now.plus(this.properties.approvalTimeout()), now);
			}
			case StepCall.CapturePayment capture -> {
				PaymentClient.PaymentView payment = (PaymentClient.PaymentView) outcome.response();
				order.paymentCaptured((payment != null) ? payment.captureReference() : null, now);
				saga.paymentCaptured(now);
			}
			case StepCall.CommitStock commit -> {
				order.stockCommitted(now);
				saga.stockCommitted(now);
			}
			case StepCall.CheckoutCart checkout -> {
				order.confirmed(now);
				saga.cartCheckedOut(now);
			}
			case StepCall.VoidPayment voidPayment -> {
				if (outcome.response() instanceof PaymentClient.PaymentView payment
						&& "CAPTURED".equals(payment.status())) {
					log.warn("Order {}: payment {} found captured while voiding it; refunding", order.id(),
							payment.paymentId());
					saga.paymentFoundCaptured(now);
				}
				else {
					if (voidPayment.paymentId() != null) {
						order.paymentSettled(paymentStatus(outcome, "VOIDED"), now);
					}
					saga.compensationDone(now);
				}
			}
			case StepCall.RefundPayment refund -> {
				order.paymentSettled(paymentStatus(outcome, "REFUNDED"), now);
				saga.compensationDone(now);
			}
			case StepCall.RestoreStock restore -> saga.compensationDone(now);
			case StepCall.ReleaseStock release -> saga.compensationDone(now);
			case StepCall.UnlockCart unlock -> saga.compensationDone(now);
		}
	}

	private void lockedCart(CheckoutSaga saga, Order order, CartClient.LockedCart cart, Instant now) {
		List<OrderLine> lines = new ArrayList<>();
		List<OrderWarning> warnings = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		String currency = order.currency();
		for (CartClient.LockedItem item : cart.items()) {
			Money locked = item.lockedPrice();
			Money current = (item.currentPrice() != null) ? item.currentPrice() : locked;
			currency = locked.currency();
			boolean changed = locked.amount().compareTo(current.amount()) != 0;
			BigDecimal unitPrice = (changed && order.acceptsPriceChanges()) ? current.amount() : locked.amount();
			lines.add(new OrderLine(item.productId(), item.sku(), item.name(), item.quantity(), unitPrice));
			if (changed) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("productId", item.productId().toString());
				change.put("name", item.name());
				change.put("oldPrice", money(locked));
				change.put("newPrice", money(current));
				changes.add(change);
				warnings.add(new OrderWarning("PRICE_CHANGED", item.productId(),
						"The price of " + item.name() + " changed from " + locked.amount().toPlainString() + " to "
								+ current.amount().toPlainString() + " " + current.currency()));
			}
		}
		order.cartLocked(cart.cartId(), currency, lines, warnings, now);
		saga.cartLocked(now);
		if (lines.isEmpty()) {
			saga.fail(SagaStep.LOCK_CART, SagaFailure.of(HttpStatus.UNPROCESSABLE_CONTENT, "CART_EMPTY",
					"Cart is empty", "There is nothing in the cart to order"), now);
		}
		else if (!changes.isEmpty() && !order.acceptsPriceChanges()) {
			saga.fail(SagaStep.LOCK_CART, SagaFailure
				.of(HttpStatus.CONFLICT, "PRICE_CHANGED", "Prices changed",
						"Prices changed since the items were added to the cart; nothing was charged and the cart is "
								+ "open again. Check out again with acceptPriceChanges: true (and a new "
								+ "Idempotency-Key) to pay the new prices")
				.with("changes", changes), now);
		}
	}

	private void quoted(CheckoutSaga saga, Order order, FulfillmentClient.ShippingQuote quote, Instant now) {
		Optional<FulfillmentClient.ShippingOption> chosen = quote.options()
			.stream()
			.filter((option) -> option.mode().equalsIgnoreCase(order.deliveryMode()))
			.findFirst();
		if (chosen.isEmpty()) {
			List<String> modes = quote.options().stream().map(FulfillmentClient.ShippingOption::mode).toList();
			String message = "must be one of " + String.join(", ", modes);
			saga.fail(SagaStep.QUOTE_SHIPPING,
					SagaFailure
						.of(HttpStatus.BAD_REQUEST, "UNKNOWN_DELIVERY_MODE", "Unknown delivery mode",
								"Delivery mode '" + order.deliveryMode() + "' is not offered for this order")
						.with("availableModes", modes)
						.with("errors", List.of(new FieldError("deliveryMode", message))),
					now);
			return;
		}
		FulfillmentClient.ShippingOption option = chosen.get();
		order.shippingQuoted(option.carrier(), option.cost().amount(), option.deliveryDate(), now);
		saga.shippingQuoted(now);
	}

	private void rejected(CheckoutSaga saga, Order order, StepCall call, StepOutcome.Rejected rejected, Instant now) {
		switch (call.step()) {
			case LOCK_CART -> {
				saga.cartNotLocked();
				saga.fail(call.step(), failureOf(rejected, "The cart could not be locked for checkout"), now);
			}
			case QUOTE_SHIPPING ->
				saga.fail(call.step(), failureOf(rejected, "No shipping option fits this order"), now);
			case CREATE_PAYMENT -> saga.fail(call.step(), failureOf(rejected, "The payment could not be created"), now);
			case CAPTURE_PAYMENT -> {
				if ("PAYMENT_NOT_APPROVED".equals(rejected.code())) {
					saga.paymentNotApproved(now);
				}
				else {
					saga.fail(call.step(), failureOf(rejected, "The payment was declined"), now);
				}
			}
			case COMMIT_STOCK -> {
				saga.stockNotCommitted();
				saga.fail(call.step(), failureOf(rejected, "The stock could not be committed").with("refunded", true),
						now);
			}
			case CHECKOUT_CART -> {
				log.warn("Order {}: cart check-out refused ({}); the order is paid and its stock taken, so it stands",
						order.id(), rejected.detail());
				order.confirmed(now);
				saga.cartCheckedOut(now);
			}
			case RESTORE_STOCK, REFUND_PAYMENT, VOID_PAYMENT, RELEASE_STOCK, UNLOCK_CART -> saga.compensationDone(now);
		}
	}

	private void unavailable(CheckoutSaga saga, SagaStep step, StepOutcome.Unavailable unavailable, Instant now) {
		int max = this.properties.saga().maxForwardAttempts();
		if (!step.isRetriedUntilDone() && saga.attempts() >= max) {
			log.warn("Order {}: {} still failing after {} attempts ({}); compensating", saga.orderId(), step,
					saga.attempts(), unavailable.reason());
			saga.fail(step,
					SagaFailure.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "Service unavailable",
							"The checkout could not reach another service after " + max + " attempts and was undone: a "
									+ "captured payment is refunded and the cart is open again"),
					now);
			return;
		}
		saga.retryAt(now.plus(this.backoff.delay(saga.attempts())), now);
	}

	/**
	 * Ends the order with its saga, and saves both: their events (the order's status
	 * change, the saga's confirmation or end) go out with this transaction.
	 */
	private void settle(CheckoutSaga saga, Order order, Instant now) {
		if (saga.state().isFinal() && !order.status().isFinal()) {
			order.end(OrderStatus.valueOf(saga.state().name()), saga.endReason(), now);
		}
		this.orders.save(order);
		this.sagas.save(saga);
	}

	private StepCall callFor(SagaStep step, Order order) {
		UUID orderId = order.id();
		return switch (step) {
			case LOCK_CART -> new StepCall.LockCart(orderId, order.userId());
			case QUOTE_SHIPPING -> new StepCall.QuoteShipping(orderId,
					new FulfillmentClient.QuoteRequest(order.snapshot().address().country(),
							order.snapshot().address().postalCode(), lines(order),
							new Money(order.itemsTotal(), order.currency())));
			case CREATE_PAYMENT -> new StepCall.CreatePayment(orderId,
					new PaymentClient.CreatePayment(orderId, new Money(order.grandTotal(), order.currency()),
							paymentItems(order), returnUrl(orderId, "approved"),
							returnUrl(orderId, "payment-cancelled")));
			case CAPTURE_PAYMENT -> new StepCall.CapturePayment(orderId, order.paymentId());
			case COMMIT_STOCK -> new StepCall.CommitStock(orderId,
					new FulfillmentClient.CommitStock(orderId, order.cartId(), lines(order)));
			case CHECKOUT_CART -> new StepCall.CheckoutCart(orderId, order.cartId());
			case RESTORE_STOCK -> new StepCall.RestoreStock(orderId);
			case REFUND_PAYMENT -> new StepCall.RefundPayment(orderId, order.paymentId());
			case VOID_PAYMENT -> new StepCall.VoidPayment(orderId, order.paymentId());
			case RELEASE_STOCK -> new StepCall.ReleaseStock(orderId, order.cartId());
			case UNLOCK_CART -> new StepCall.UnlockCart(orderId, order.userId(), order.cartId());
		};
	}

	private String returnUrl(UUID orderId, String page) {
		String base = this.properties.publicUrl().toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + "/api/orders/" + orderId + "/" + page;
	}

	private static List<FulfillmentClient.Line> lines(Order order) {
		return order.snapshot()
			.items()
			.stream()
			.map((line) -> new FulfillmentClient.Line(line.productId(), line.quantity()))
			.toList();
	}

	private static List<PaymentClient.Item> paymentItems(Order order) {
		return order.snapshot()
			.items()
			.stream()
			.map((line) -> new PaymentClient.Item(line.sku(), line.name(), line.quantity(),
					new Money(line.unitPrice(), order.currency())))
			.toList();
	}

	private static Map<String, Object> money(Money money) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("amount", money.amount().toPlainString());
		value.put("currency", money.currency());
		return value;
	}

	private static String paymentStatus(StepOutcome.Succeeded outcome, String otherwise) {
		return (outcome.response() instanceof PaymentClient.PaymentView payment && payment.status() != null)
				? payment.status() : otherwise;
	}

	private static SagaFailure failureOf(StepOutcome.Rejected rejected, String fallbackDetail) {
		int status = (rejected.status() == 409 || rejected.status() == 422) ? rejected.status()
				: HttpStatus.BAD_GATEWAY.value();
		String detail = (rejected.message() != null) ? rejected.message() : fallbackDetail;
		Map<String, Object> extensions = new LinkedHashMap<>();
		rejected.problem().forEach((name, value) -> {
			if (!STANDARD_PROBLEM_MEMBERS.contains(name) && value != null) {
				extensions.put(name, value);
			}
		});
		return new SagaFailure(status, rejected.code(), titleOf(rejected.code()), detail, extensions);
	}

	private static String titleOf(String code) {
		return switch (code) {
			case "CART_EMPTY" -> "Cart is empty";
			case "CART_LOCKED" -> "Cart is locked";
			case "OUT_OF_STOCK" -> "Out of stock";
			case "PAYMENT_DECLINED" -> "Payment declined";
			case "NO_SHIPPING_OPTION" -> "No shipping option";
			default -> "Checkout failed";
		};
	}

	private CheckoutSaga lockSaga(UUID orderId) {
		return this.sagas.lockById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
	}

	private Order lockOrder(UUID orderId) {
		return this.orders.lockById(orderId).orElseThrow(() -> ShopException.notFound("Order", orderId));
	}

	/**
	 * What {@link #acquire} found.
	 */
	sealed interface Acquisition {

		/** Another executor runs a step of this saga now. */
		record Busy() implements Acquisition {

		}

		/** No step to run: the saga waits for the shopper, or is done. */
		record Idle(SagaState state) implements Acquisition {

		}

		/** The next attempt is due later. */
		record NotDue(Instant at) implements Acquisition {

		}

		/** The caller holds the lease and must run {@code call}, then record it. */
		record Claimed(StepCall call, long logId, UUID userId, int attempt) implements Acquisition {

		}

	}

	/**
	 * A recorded step.
	 *
	 * @param step the step
	 * @param outcome how it went ({@code SUCCEEDED}, {@code REJECTED},
	 * {@code UNAVAILABLE} or {@code DISCARDED})
	 * @param state the saga's state after it
	 * @param attempt which attempt it was
	 */
	record Recorded(SagaStep step, String outcome, SagaState state, int attempt) {

	}

	/**
	 * How a cancellation request went.
	 */
	enum CancellationRequest {

		ACCEPTED, BUSY, ALREADY_TURNED_BACK

	}

	/**
	 * Where a saga is, for the requests that wait for it.
	 *
	 * @param state its state
	 * @param step its next step
	 * @param awaitingApproval whether it waits for the shopper
	 * @param turnedBack whether it compensates or compensated
	 * @param failure why it failed, if it did
	 */
	record SagaStatus(SagaState state, SagaStep step, boolean awaitingApproval, boolean turnedBack,
			SagaFailure failure) {

	}

}

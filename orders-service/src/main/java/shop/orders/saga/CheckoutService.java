package shop.orders.saga;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import shop.common.feign.RemoteCalls;
import shop.common.util.Ids;
import shop.common.web.ShopException;
import shop.orders.OrdersProperties;
import shop.orders.client.AuthClient;
import shop.orders.client.PaymentClient;
import shop.orders.client.RemoteReads;
import shop.orders.order.Customer;
import shop.orders.order.Order;
import shop.orders.order.OrderDetails;
import shop.orders.order.OrderRepository;
import shop.orders.order.OrderService;
import shop.orders.order.RetryLaterException;
import shop.orders.order.ShippingAddress;

/**
 * What shoppers do with the checkout: place an order, confirm it once the payment is
 * approved, cancel it. Each runs the saga in the request for a few seconds and answers
 * the state reached; whatever is left (a retry after an outage) the recovery worker
 * finishes. The methods are deliberately not transactional: they make remote calls, and
 * every change they cause commits in its own short transaction in
 * {@link SagaTransitions}.
 */
@Service
public class CheckoutService {

	private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

	private static final Duration BUSY_POLL = Duration.ofMillis(100);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final SagaTransitions transitions;

	private final SagaRunner runner;

	private final CheckoutRequestRepository requests;

	private final OrderRepository orders;

	private final OrderService orderService;

	private final AuthClient auth;

	private final PaymentClient payments;

	private final RemoteReads reads;

	private final Clock clock;

	private final Duration patience;

	CheckoutService(SagaTransitions transitions, SagaRunner runner, CheckoutRequestRepository requests,
			OrderRepository orders, OrderService orderService, AuthClient auth, PaymentClient payments,
			RemoteReads reads, Clock clock, OrdersProperties properties) {
		this.transitions = transitions;
		this.runner = runner;
		this.requests = requests;
		this.orders = orders;
		this.orderService = orderService;
		this.auth = auth;
		this.payments = payments;
		this.reads = reads;
		this.clock = clock;
		this.patience = properties.saga().requestWait();
	}

	/**
	 * Places an order from the shopper's cart and runs its checkout up to the payment the
	 * shopper approves. A repeat under the same {@code Idempotency-Key} answers the same
	 * order (or the same failure); the key with another body is refused.
	 */
	public PlacedOrder placeOrder(PlaceOrder command) {
		Optional<CheckoutRequest> existing = this.requests
			.findById(new CheckoutRequest.Key(command.userId(), command.idempotencyKey()));
		if (existing.isPresent()) {
			return replay(existing.get(), command);
		}
		Customer customer = customer(command.userId());
		ShippingAddress address = address(command);
		UUID orderId = Ids.newId(this.clock);
		if (!this.transitions.start(command, orderId, customer, address)) {
			return replay(this.requests.findById(new CheckoutRequest.Key(command.userId(), command.idempotencyKey()))
				.orElseThrow(), command);
		}
		log.info("Order {}: checkout saga started for user {} (delivery {})", orderId, command.userId(),
				command.deliveryMode());
		this.runner.drive(orderId, newOwner(), this.patience);
		return checkoutOutcome(orderId, true);
	}

	/**
	 * Captures the approved payment, commits the stock and checks the cart out.
	 * Idempotent: a confirmed order answers as it is; concurrent confirmations run the
	 * saga once and all answer its outcome.
	 */
	public OrderOutcome confirm(UUID userId, UUID orderId) {
		Order order = ownedOrder(userId, orderId);
		if (order.status().isConfirmed()) {
			return new OrderOutcome(this.orderService.order(orderId), true);
		}
		SagaTransitions.SagaStatus saga = this.transitions.status(orderId);
		if (saga.turnedBack() && saga.failure() != null) {
			throw saga.failure().toException(orderId);
		}
		order.checkConfirmable();
		if (saga.awaitingApproval()) {
			if (paymentStatus(order.paymentId()).filter("CREATED"::equals).isPresent()) {
				throw paymentNotApproved(order.id(), order.approvalUrl());
			}
			this.transitions.requestConfirmation(orderId);
		}
		this.runner.drive(orderId, newOwner(), this.patience);
		OrderDetails after = this.orderService.order(orderId);
		if (after.status().isConfirmed()) {
			return new OrderOutcome(after, true);
		}
		SagaTransitions.SagaStatus now = this.transitions.status(orderId);
		if (now.awaitingApproval()) {
			throw paymentNotApproved(orderId, order.approvalUrl());
		}
		if (now.turnedBack() && now.failure() != null) {
			throw now.failure().toException(orderId);
		}
		if (now.turnedBack()) {
			throw new ShopException(HttpStatus.CONFLICT, "ORDER_CANCELLED", "Order cancelled",
					"Order " + orderId + " was cancelled while it was being confirmed")
				.with("orderId", orderId);
		}
		return new OrderOutcome(after, false);
	}

	/**
	 * Cancels the order: before the capture it ends {@code CANCELLED} (payment voided,
	 * stock released, cart unlocked), after the capture and before shipping
	 * {@code REFUNDED} (stock restored, payment refunded); a shipped order refuses.
	 */
	public OrderOutcome cancel(UUID userId, UUID orderId) {
		Order order = ownedOrder(userId, orderId);
		if (order.status().isAbandoned()) {
			return new OrderOutcome(this.orderService.order(orderId), true);
		}
		String owner = newOwner();
		long deadline = System.nanoTime() + this.patience.toNanos();
		while (this.transitions.requestCancellation(orderId, owner) == SagaTransitions.CancellationRequest.BUSY) {
			if (!SagaRunner.pause(BUSY_POLL, deadline)) {
				throw new RetryLaterException(HttpStatus.CONFLICT, "ORDER_BUSY", "Order busy",
						"A step of this order's checkout is running; repeat the cancellation in a moment",
						Duration.ofSeconds(1));
			}
		}
		this.runner.drive(orderId, owner, this.patience);
		OrderDetails after = this.orderService.order(orderId);
		return new OrderOutcome(after, after.status().isAbandoned());
	}

	private PlacedOrder replay(CheckoutRequest request, PlaceOrder command) {
		if (!request.matches(command.fingerprint())) {
			throw ShopException.unprocessable("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key reused",
					"This Idempotency-Key was already used for a different checkout request; use a new key");
		}
		this.runner.drive(request.orderId(), newOwner(), this.patience);
		return checkoutOutcome(request.orderId(), false);
	}

	private PlacedOrder checkoutOutcome(UUID orderId, boolean created) {
		OrderDetails order = this.orderService.order(orderId);
		if (order.placedAt() != null) {
			return new PlacedOrder(order, created);
		}
		SagaTransitions.SagaStatus saga = this.transitions.status(orderId);
		if (saga.failure() != null) {
			throw saga.failure().toException(orderId);
		}
		if (saga.turnedBack()) {
			return new PlacedOrder(order, created);
		}
		throw new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "CHECKOUT_DELAYED", "Checkout delayed",
				"A service the checkout needs is not answering; the checkout goes on in the background. Repeat "
						+ "the request with the same Idempotency-Key to get the order",
				RETRY_AFTER)
			.with("orderId", orderId);
	}

	private Order ownedOrder(UUID userId, UUID orderId) {
		return this.orders.findByIdAndUserId(orderId, userId)
			.orElseThrow(() -> ShopException.notFound("Order", orderId));
	}

	private Customer customer(UUID userId) {
		AuthClient.User user = remoteRead(() -> this.auth.user(userId), "User", userId);
		return new Customer(userId, user.email(), user.name());
	}

	private ShippingAddress address(PlaceOrder command) {
		if (command.shippingAddress() != null) {
			PlaceOrder.NewAddress address = command.shippingAddress();
			return new ShippingAddress(null, address.label(), address.name(), address.line1(), address.line2(),
					address.city(), address.region(), address.postalCode(), address.country());
		}
		AuthClient.Address address = remoteRead(() -> this.auth.address(command.userId(), command.shippingAddressId()),
				"Address", command.shippingAddressId());
		return new ShippingAddress(address.addressId(), address.label(), address.name(), address.line1(),
				address.line2(), address.city(), address.region(), address.postalCode(), address.country());
	}

	private <T> T remoteRead(Supplier<T> call, String what, UUID id) {
		try {
			return this.reads.read(call);
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.hasStatus(ex, 404)) {
				throw ShopException.notFound(what, id);
			}
			throw unavailable("auth-service", ex);
		}
	}

	/**
	 * The payment's status, or nothing when payment-service cannot tell now (the capture
	 * then decides).
	 */
	private Optional<String> paymentStatus(UUID paymentId) {
		try {
			return Optional.ofNullable(this.reads.read(() -> this.payments.get(paymentId)).status());
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.problem(ex).isPresent() || RemoteCalls.isTransient(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static ShopException paymentNotApproved(UUID orderId, String approvalUrl) {
		ShopException exception = ShopException.conflict("PAYMENT_NOT_APPROVED", "Payment not approved",
				"The payment has not been approved yet: approve it at the approvalUrl, then confirm again");
		exception.with("orderId", orderId);
		if (approvalUrl != null) {
			exception.with("approvalUrl", approvalUrl);
		}
		return exception;
	}

	private static ShopException unavailable(String service, RuntimeException cause) {
		ShopException exception = new RetryLaterException(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
				"Service unavailable", service + " is not answering; nothing was ordered, try again shortly",
				RETRY_AFTER);
		exception.initCause(cause);
		return exception;
	}

	private static String newOwner() {
		return "request-" + UUID.randomUUID();
	}

}

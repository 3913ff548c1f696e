package shop.payment.payment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import shop.payment.paypal.NewPayPalOrder;
import shop.payment.paypal.PayPalAmount;
import shop.payment.paypal.PayPalCapture;
import shop.payment.paypal.PayPalClient;
import shop.payment.paypal.PayPalException;
import shop.payment.paypal.PayPalOrder;
import shop.payment.paypal.PayPalRefund;
import shop.payment.paypal.PayPalRejectedException;
import shop.payment.paypal.PayPalUnavailableException;

/**
 * Payments at PayPal for orders-service: create, capture, refund, void, status; and what
 * PayPal's webhooks report.
 * <p>
 * No database transaction is held open across a call to PayPal: each operation reads and
 * marks the payment in one transaction, calls PayPal, and records PayPal's answer in
 * another, under a row lock. A call PayPal may or may not have carried out (timeout, 5xx)
 * leaves the payment as it was and answers 503; repeating it is safe because every
 * create, capture and refund sends a {@code PayPal-Request-Id} derived from the payment's
 * own stored idempotency key, so PayPal answers a repeat with its first answer instead of
 * charging or refunding twice.
 */
@Service
public class PaymentService {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private static final Set<String> DECLINES = Set.of("INSTRUMENT_DECLINED", "TRANSACTION_REFUSED", "PAYER_CANNOT_PAY",
			"PAYEE_BLOCKED_TRANSACTION", "COMPLIANCE_VIOLATION", "CARD_EXPIRED",
			"MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED", "REDIRECT_PAYER_FOR_ALTERNATE_FUNDING", "CAPTURE_DECLINED",
			"CAPTURE_FAILED", "PAYMENT_DENIED");

	private static final Set<String> NOT_APPROVED = Set.of("ORDER_NOT_APPROVED", "PAYER_ACTION_REQUIRED");

	private final PaymentRepository payments;

	private final PayPalClient paypal;

	private final ProviderIds ids;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PaymentService(PaymentRepository payments, PayPalClient paypal, ProviderIds ids,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.payments = payments;
		this.paypal = paypal;
		this.ids = ids;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Creates the order's payment and its PayPal order (intent CAPTURE). Idempotent by
	 * order: a repeat answers the existing payment, and a repeat after an outage creates
	 * the PayPal order with the same request id, so PayPal hands back the same order.
	 * @param idempotencyKey the caller's key; the order id when absent
	 */
	public Created create(NewPayment request, String idempotencyKey) {
		String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey
				: "order:" + request.orderId();
		Payment payment = startOrFind(request, key);
		if (payment.status() == PaymentStatus.FAILED) {
			throw failure(payment);
		}
		if (payment.status() != PaymentStatus.NEW) {
			return new Created(view(payment), false);
		}
		PayPalOrder order;
		try {
			order = this.paypal.createOrder(newOrder(request),
					PayPalRequestIds.of(payment.id(), "create", payment.idempotencyKey()));
			if (order.amount() == null) {
				order = this.paypal.getOrder(order.id());
			}
		}
		catch (PayPalUnavailableException ex) {
			throw PaymentProblems.unavailable(ex.debugId());
		}
		catch (PayPalRejectedException ex) {
			fail(payment.id(), "PAYPAL_" + ex.issue());
			throw PaymentProblems.rejected(payment.id(), ex.issue(), ex.debugId());
		}
		if (order.approveUrl() == null) {
			log.warn("PayPal order of payment {} came without an approve link", payment.id());
			throw PaymentProblems.unavailable(null);
		}
		PayPalOrder created = order;
		Payment saved = this.transactions.execute((status) -> {
			Payment locked = locked(payment.id());
			if (created.amount() == null
					|| !created.amount().sameAs(locked.amount().currency(), locked.amount().amount())) {
				log.error("PayPal created order of payment {} for {} instead of {}", locked.id(), created.amount(),
						locked.amount());
				if (locked.status() == PaymentStatus.NEW) {
					locked.failed(Payment.AMOUNT_MISMATCH, now());
				}
				return locked;
			}
			locked.providerOrderCreated(this.ids.seal(locked.id(), ProviderIds.Field.ORDER, created.id()),
					this.ids.seal(locked.id(), ProviderIds.Field.APPROVAL_URL, created.approveUrl()), now());
			return locked;
		});
		if (saved.status() == PaymentStatus.FAILED) {
			throw failure(saved);
		}
		PaymentView payable = view(saved);
		log.info("Payment {} created for order {}: {}, waiting for the payer's approval", payable.paymentId(),
				payable.orderId(), describe(payable.amount()));
		return new Created(payable, true);
	}

	/**
	 * Captures the payment's whole amount at PayPal, once: a repeat after a capture
	 * answers that capture.
	 */
	public PaymentView capture(UUID paymentId, String idempotencyKey) {
		Attempt attempt = this.transactions.execute((status) -> {
			Payment payment = locked(paymentId);
			if (payment.status() == PaymentStatus.CAPTURED) {
				return Attempt.done(view(payment));
			}
			String key = payment.captureKey(keyOr(idempotencyKey, paymentId));
			return new Attempt(null, open(payment, ProviderIds.Field.ORDER, payment.providerOrderId()),
					PayPalRequestIds.of(paymentId, "capture", key));
		});
		if (attempt.done() != null) {
			return attempt.done();
		}
		PayPalOrder order;
		try {
			order = this.paypal.captureOrder(attempt.reference(), attempt.requestId());
		}
		catch (PayPalUnavailableException ex) {
			throw PaymentProblems.unavailable(ex.debugId());
		}
		catch (PayPalRejectedException ex) {
			order = afterRefusedCapture(paymentId, attempt.reference(), ex);
		}
		PaymentView captured = recordCapture(paymentId, order, ex -> PaymentProblems.unavailable(ex.debugId()));
		log.info("Payment {} captured for order {}: {}", paymentId, captured.orderId(), describe(captured.amount()));
		return captured;
	}

	/**
	 * Refunds the payment's capture in full, once.
	 */
	public PaymentView refund(UUID paymentId, String idempotencyKey) {
		Attempt attempt = this.transactions.execute((status) -> {
			Payment payment = locked(paymentId);
			if (payment.status() == PaymentStatus.REFUNDED) {
				return Attempt.done(view(payment));
			}
			String key = payment.refundKey(keyOr(idempotencyKey, paymentId));
			return new Attempt(null, open(payment, ProviderIds.Field.CAPTURE, payment.captureId()),
					PayPalRequestIds.of(paymentId, "refund", key));
		});
		if (attempt.done() != null) {
			return attempt.done();
		}
		Money captured = this.transactions.execute((status) -> locked(paymentId).capturedAmount());
		PayPalRefund refund;
		try {
			refund = this.paypal.refundCapture(attempt.reference(),
					new PayPalAmount(captured.currency(), captured.amount()), attempt.requestId());
		}
		catch (PayPalUnavailableException ex) {
			throw PaymentProblems.unavailable(ex.debugId());
		}
		catch (PayPalRejectedException ex) {
			if (!"CAPTURE_FULLY_REFUNDED".equals(ex.issue())) {
				throw PaymentProblems.refundRejected(paymentId, ex.issue(), ex.debugId());
			}
			refund = null;
		}
		if (refund != null && !refund.succeeded()) {
			throw PaymentProblems.refundRejected(paymentId, "refund " + refund.status(), null);
		}
		if (refund != null && refund.amount() != null
				&& !refund.amount().sameAs(captured.currency(), captured.amount())) {
			log.error("PayPal refunded {} of payment {} instead of {}", refund.amount(), paymentId, captured);
			throw PaymentProblems.amountMismatch(paymentId);
		}
		PayPalRefund made = refund;
		PaymentView refunded = this.transactions.execute((status) -> {
			Payment payment = locked(paymentId);
			payment.refunded((made != null) ? this.ids.seal(paymentId, ProviderIds.Field.REFUND, made.id()) : null,
					captured, "refunded", now());
			return view(payment);
		});
		log.info("Payment {} refunded for order {}: {}", paymentId, refunded.orderId(), describe(captured));
		return refunded;
	}

	/**
	 * Abandons a payment that was not captured. A payment PayPal may have an order for is
	 * checked there first: a capture PayPal made meanwhile is recorded and the void
	 * refused.
	 */
	public PaymentView voidPayment(UUID paymentId) {
		Attempt attempt = this.transactions.execute((status) -> {
			Payment payment = locked(paymentId);
			if (payment.status() == PaymentStatus.CREATED || payment.status() == PaymentStatus.APPROVED) {
				return new Attempt(null, open(payment, ProviderIds.Field.ORDER, payment.providerOrderId()), null);
			}
			payment.voided(now());
			return Attempt.done(view(payment));
		});
		if (attempt.done() != null) {
			return attempt.done();
		}
		PayPalOrder order;
		try {
			order = this.paypal.getOrder(attempt.reference());
		}
		catch (PayPalUnavailableException ex) {
			throw PaymentProblems.unavailable(ex.debugId());
		}
		catch (PayPalRejectedException ex) {
			order = null;
		}
		if (order != null && order.capture() != null && order.capture().succeeded()) {
			recordCapture(paymentId, order, ex -> PaymentProblems.unavailable(ex.debugId()));
			throw PaymentProblems.alreadyCaptured(paymentId);
		}
		PaymentView voided = this.transactions.execute((status) -> {
			Payment payment = locked(paymentId);
			payment.voided(now());
			return view(payment);
		});
		log.info("Payment {} voided for order {}: nothing was captured", paymentId, voided.orderId());
		return voided;
	}

	/**
	 * The payment; one still waiting for its payer is looked up at PayPal first, so that
	 * an approval (or a capture) PayPal knows of shows.
	 */
	public PaymentView get(UUID paymentId) {
		Payment payment = this.transactions.execute(
				(status) -> this.payments.findById(paymentId).orElseThrow(() -> PaymentProblems.notFound(paymentId)));
		if (payment.status() != PaymentStatus.CREATED && payment.status() != PaymentStatus.APPROVED) {
			return view(payment);
		}
		try {
			PayPalOrder order = this.paypal.getOrder(open(payment, ProviderIds.Field.ORDER, payment.providerOrderId()));
			if (order.capture() != null && order.capture().succeeded()) {
				return recordCapture(paymentId, order, ex -> ex);
			}
			if ("APPROVED".equals(order.status())) {
				return this.transactions.execute((status) -> {
					Payment locked = locked(paymentId);
					locked.approved(this.ids.seal(paymentId, ProviderIds.Field.PAYER, order.payerId()), now());
					return view(locked);
				});
			}
		}
		catch (PayPalException ex) {
			log.info("Payment {} shown as stored: PayPal's status is unknown ({})", paymentId, ex.getMessage());
		}
		catch (shop.common.web.ShopException ex) {
			log.warn("Payment {} shown as stored: {}", paymentId, ex.getMessage());
		}
		return view(payment);
	}

	/**
	 * PayPal reports that the payer approved an order.
	 */
	@Transactional
	public ProviderEvent orderApproved(String providerOrderId, String payerId) {
		return this.payments.lockByProviderOrder(this.ids.index(providerOrderId)).map((payment) -> {
			PaymentStatus before = payment.status();
			payment.approved(this.ids.seal(payment.id(), ProviderIds.Field.PAYER, payerId), now());
			return ProviderEvent.of(payment, before);
		}).orElse(ProviderEvent.UNKNOWN);
	}

	/**
	 * PayPal reports a completed capture, possibly one the capture call never saw.
	 */
	@Transactional
	public ProviderEvent captureCompleted(String providerOrderId, String captureId, PayPalAmount amount) {
		return lockByOrderOrCapture(providerOrderId, captureId).map((payment) -> {
			PaymentStatus before = payment.status();
			boolean matched = payment.captured(this.ids.seal(payment.id(), ProviderIds.Field.CAPTURE, captureId),
					new Money(amount.value(), amount.currency()), now());
			return matched ? ProviderEvent.of(payment, before)
					: new ProviderEvent(ProviderEvent.Outcome.AMOUNT_MISMATCH, payment.id());
		}).orElse(ProviderEvent.UNKNOWN);
	}

	/**
	 * PayPal reports a denied or declined capture.
	 */
	@Transactional
	public ProviderEvent captureDenied(String providerOrderId, String reason) {
		return lockByOrderOrCapture(providerOrderId, null).map((payment) -> {
			PaymentStatus before = payment.status();
			if (!payment.hasCapture() && payment.status() != PaymentStatus.FAILED
					&& payment.status() != PaymentStatus.VOIDED) {
				payment.failed(reason, now());
			}
			return ProviderEvent.of(payment, before);
		}).orElse(ProviderEvent.UNKNOWN);
	}

	/**
	 * PayPal reports that a capture was refunded or reversed, possibly outside the shop.
	 */
	@Transactional
	public ProviderEvent captureRefunded(String captureId, String refundId, PayPalAmount amount, boolean reversal) {
		return this.payments.lockByCapture(this.ids.index(captureId)).map((payment) -> {
			PaymentStatus before = payment.status();
			payment.refunded(
					(refundId != null) ? this.ids.seal(payment.id(), ProviderIds.Field.REFUND, refundId) : null,
					(amount != null) ? new Money(amount.value(), amount.currency()) : null,
					reversal ? "reversed at PayPal" : "refunded at PayPal", now());
			return ProviderEvent.of(payment, before);
		}).orElse(ProviderEvent.UNKNOWN);
	}

	/**
	 * Gives back a capture of the wrong amount, so that no money stays without an order.
	 */
	public void refundMismatchedCapture(UUID paymentId) {
		try {
			refund(paymentId, "amount-mismatch");
			log.warn("Refunded the capture of payment {}: its amount differed from the order's", paymentId);
		}
		catch (RuntimeException ex) {
			log.error("The capture of payment {} has the wrong amount and could not be refunded yet; "
					+ "refund it through POST /internal/payments/{}/refund", paymentId, paymentId, ex);
		}
	}

	private PayPalOrder afterRefusedCapture(UUID paymentId, String reference, PayPalRejectedException ex) {
		if (NOT_APPROVED.contains(ex.issue())) {
			throw PaymentProblems.notApproved(paymentId);
		}
		if ("ORDER_ALREADY_CAPTURED".equals(ex.issue())) {
			try {
				return this.paypal.getOrder(reference);
			}
			catch (PayPalException lookup) {
				throw PaymentProblems.unavailable(lookup.debugId());
			}
		}
		if (DECLINES.contains(ex.issue()) || ex.status() == 404) {
			fail(paymentId, "PAYPAL_" + ex.issue());
			throw DECLINES.contains(ex.issue()) ? PaymentProblems.declined(paymentId, ex.debugId())
					: PaymentProblems.rejected(paymentId, ex.issue(), ex.debugId());
		}
		throw PaymentProblems.rejected(paymentId, ex.issue(), ex.debugId());
	}

	/**
	 * Records the capture PayPal answered with, checking its amount; a capture of another
	 * amount fails the payment and is refunded at once.
	 */
	private PaymentView recordCapture(UUID paymentId, PayPalOrder order,
			java.util.function.Function<PayPalUnavailableException, RuntimeException> missing) {
		PayPalCapture capture = order.capture();
		if (capture == null || capture.amount() == null) {
			log.warn("PayPal's capture answer for payment {} has no capture (order status {})", paymentId,
					order.status());
			throw missing.apply(new PayPalUnavailableException("no capture in PayPal's answer", null, null));
		}
		if (!capture.succeeded()) {
			fail(paymentId, "CAPTURE_" + capture.status());
			throw PaymentProblems.declined(paymentId, null);
		}
		Boolean matched = this.transactions.execute((status) -> locked(paymentId).captured(
				this.ids.seal(paymentId, ProviderIds.Field.CAPTURE, capture.id()),
				new Money(capture.amount().value(), capture.amount().currency()), now()));
		if (!Boolean.TRUE.equals(matched)) {
			log.error("PayPal captured {} for payment {}, not the payment's amount", capture.amount(), paymentId);
			refundMismatchedCapture(paymentId);
			throw PaymentProblems.amountMismatch(paymentId);
		}
		return this.transactions.execute((status) -> view(locked(paymentId)));
	}

	private static String describe(Money amount) {
		return (amount != null) ? amount.plainAmount() + " " + amount.currency() : "amount unknown";
	}

	private Payment startOrFind(NewPayment request, String key) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> {
					Optional<Payment> existing = this.payments.findByOrderId(request.orderId());
					if (existing.isPresent()) {
						if (!existing.get().amount().equals(request.amount())) {
							throw PaymentProblems.orderMismatch(request.orderId());
						}
						return existing.get();
					}
					return this.payments.saveAndFlush(Payment.start(request.orderId(), request.amount(), key, now()));
				});
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt >= 2) {
					throw ex;
				}
			}
		}
	}

	private void fail(UUID paymentId, String reason) {
		this.transactions.executeWithoutResult((status) -> {
			Payment payment = locked(paymentId);
			if (payment.status() == PaymentStatus.NEW || payment.status() == PaymentStatus.CREATED
					|| payment.status() == PaymentStatus.APPROVED) {
				payment.failed(reason, now());
			}
		});
	}

	private static RuntimeException failure(Payment payment) {
		String reason = (payment.failureReason() != null) ? payment.failureReason() : "FAILED";
		if (Payment.AMOUNT_MISMATCH.equals(reason)) {
			return PaymentProblems.amountMismatch(payment.id());
		}
		String issue = reason.startsWith("PAYPAL_") ? reason.substring("PAYPAL_".length()) : reason;
		return DECLINES.contains(issue) ? PaymentProblems.declined(payment.id(), null)
				: PaymentProblems.rejected(payment.id(), issue, null);
	}

	private Optional<Payment> lockByOrderOrCapture(String providerOrderId, String captureId) {
		Optional<Payment> payment = (providerOrderId != null)
				? this.payments.lockByProviderOrder(this.ids.index(providerOrderId)) : Optional.empty();
		if (payment.isEmpty() && captureId != null) {
			payment = this.payments.lockByCapture(this.ids.index(captureId));
		}
		return payment;
	}

	private Payment locked(UUID paymentId) {
		return this.payments.lock(paymentId).orElseThrow(() -> PaymentProblems.notFound(paymentId));
	}

	private NewPayPalOrder newOrder(NewPayment request) {
		return new NewPayPalOrder(request.orderId().toString(),
				new PayPalAmount(request.amount().currency(), request.amount().amount()),
				request.items()
					.stream()
					.map((item) -> new NewPayPalOrder.Item(item.sku(), item.name(), item.quantity(),
							new PayPalAmount(item.unitPrice().currency(), item.unitPrice().amount())))
					.toList(),
				request.returnUrl(), request.cancelUrl());
	}

	private PaymentView view(Payment payment) {
		return new PaymentView(payment.id(), payment.orderId(), payment.provider(), payment.status().shown(),
				open(payment, ProviderIds.Field.APPROVAL_URL, payment.approvalUrl()),
				open(payment, ProviderIds.Field.ORDER, payment.providerOrderId()),
				open(payment, ProviderIds.Field.CAPTURE, payment.captureId()), payment.amount());
	}

	private String open(Payment payment, ProviderIds.Field field, String ciphertext) {
		return (ciphertext != null) ? this.ids.open(payment.id(), field, ciphertext) : null;
	}

	private static String keyOr(String idempotencyKey, UUID paymentId) {
		return (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey : paymentId.toString();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The answer to a create: the payment, and whether this call created it.
	 */
	public record Created(PaymentView payment, boolean created) {
	}

	/**
	 * What an operation does next: nothing more ({@code done}), or call PayPal for
	 * {@code reference} with {@code requestId}.
	 */
	private record Attempt(PaymentView done, String reference, String requestId) {

		static Attempt done(PaymentView view) {
			return new Attempt(view, null, null);
		}

	}

	/**
	 * Derives PayPal-Request-Ids.
	 */
	static final class PayPalRequestIds {

		private PayPalRequestIds() {
		}

		/**
		 * The {@code PayPal-Request-Id} of an operation on a payment: a name-based UUID
		 * of the payment, the operation and the idempotency key the payment stored for
		 * it, so every attempt of the operation sends the same id (PayPal allows up to
		 * 108 characters; this is 36).
		 */
		static String of(UUID paymentId, String operation, String key) {
			return UUID
				.nameUUIDFromBytes(
						("payment-service/" + paymentId + "/" + operation + "/" + key).getBytes(StandardCharsets.UTF_8))
				.toString();
		}

	}

}

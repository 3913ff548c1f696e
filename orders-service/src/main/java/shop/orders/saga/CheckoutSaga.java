package shop.orders.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The checkout saga of one order, persisted with it: a state machine over
 * {@link SagaState} whose {@link #step()} is the call to make next. An executor runs that
 * call only while it holds the saga's lease, and records its outcome (a transition)
 * before the next call goes out. Facts about what may have happened remotely
 * ({@code cartMayBeLocked}, {@code paymentCaptured}, …) decide the compensations when it
 * fails: newest first, restore stock, refund (or void) the payment, release the stock of
 * a cancelled order, unlock the cart. Its start, its confirmation and the end of its
 * compensation register {@link SagaStarted}, {@link SagaConfirmed} and
 * {@link SagaCompensated}, published when the saga is saved.
 */
@Entity
@Table(name = "checkout_sagas")
public class CheckoutSaga extends AbstractAggregateRoot<CheckoutSaga> {

	/**
	 * What turned a saga back that its shopper cancelled.
	 */
	static final String CANCEL_REQUESTED = "CANCEL_REQUESTED";

	@Id
	private UUID orderId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SagaState state;

	@Enumerated(EnumType.STRING)
	private SagaStep step;

	private int attempts;

	private Instant nextAttemptAt;

	private String leaseOwner;

	private Instant leaseUntil;

	@Enumerated(EnumType.STRING)
	private SagaIntent intent;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private List<SagaStep> compensations = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private SagaFailure failure;

	private Instant approvalDeadline;

	private boolean cartMayBeLocked;

	private boolean cartCheckedOut;

	private boolean paymentCreated;

	private boolean paymentCaptured;

	private boolean stockMayBeCommitted;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected CheckoutSaga() {
	}

	/**
	 * A new saga, due at once to lock the cart.
	 */
	public static CheckoutSaga start(UUID orderId, Instant now) {
		CheckoutSaga saga = new CheckoutSaga();
		saga.orderId = orderId;
		saga.state = SagaState.PENDING;
		saga.createdAt = now;
		saga.next(SagaStep.LOCK_CART, now);
		saga.registerEvent(new SagaStarted(orderId, now));
		return saga;
	}

	/**
	 * Whether another executor holds a valid lease.
	 */
	public boolean leasedByOther(String owner, Instant now) {
		return this.leaseOwner != null && !this.leaseOwner.equals(owner) && this.leaseUntil.isAfter(now);
	}

	/**
	 * Whether {@code owner} holds the lease for {@code expected} (a lease lost to another
	 * executor means the outcome must be discarded).
	 */
	public boolean heldBy(String owner, SagaStep expected) {
		return owner.equals(this.leaseOwner) && this.step == expected;
	}

	public boolean isDue(Instant now) {
		return this.nextAttemptAt != null && !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * Whether the saga waits for the shopper to approve the payment and confirm.
	 */
	public boolean awaitingApproval() {
		return this.state == SagaState.PAYMENT_PENDING && this.step == null;
	}

	public boolean approvalExpired(Instant now) {
		return awaitingApproval() && this.approvalDeadline != null && !now.isBefore(this.approvalDeadline);
	}

	/**
	 * Takes the lease to run the current step: one more attempt, and the facts the step
	 * may establish remotely even if its answer is lost.
	 */
	public void claim(String owner, Instant now, Duration lease) {
		if (this.step == null || !isDue(now) || leasedByOther(owner, now)) {
			throw new SagaStateException(this.orderId, this.state, this.step, "be claimed now");
		}
		this.leaseOwner = owner;
		this.leaseUntil = now.plus(lease);
		this.attempts++;
		if (this.step == SagaStep.LOCK_CART) {
			this.cartMayBeLocked = true;
		}
		else if (this.step == SagaStep.COMMIT_STOCK) {
			this.stockMayBeCommitted = true;
		}
		this.updatedAt = now;
	}

	/**
	 * Gives the lease up.
	 */
	public void release() {
		this.leaseOwner = null;
		this.leaseUntil = null;
	}

	/**
	 * Gives the lease up if {@code owner} holds it.
	 */
	public void releaseIfHeldBy(String owner) {
		if (owner.equals(this.leaseOwner)) {
			release();
		}
	}

	public void cartLocked(Instant now) {
		expectStep(SagaStep.LOCK_CART, "record a locked cart");
		moveTo(SagaState.CART_LOCKED);
		next(SagaStep.QUOTE_SHIPPING, now);
	}

	/**
	 * The cart answered that it was not locked for this order (empty, or held by another
	 * order): there is nothing to unlock.
	 */
	public void cartNotLocked() {
		expectStep(SagaStep.LOCK_CART, "record a refused cart lock");
		this.cartMayBeLocked = false;
	}

	public void shippingQuoted(Instant now) {
		expectStep(SagaStep.QUOTE_SHIPPING, "record a shipping quote");
		next(SagaStep.CREATE_PAYMENT, now);
	}

	/**
	 * The payment exists: the saga waits for the shopper until {@code deadline}, when the
	 * recovery worker cancels it.
	 */
	public void paymentCreated(Instant deadline, Instant now) {
		expectStep(SagaStep.CREATE_PAYMENT, "record a created payment");
		moveTo(SagaState.PAYMENT_PENDING);
		this.paymentCreated = true;
		this.approvalDeadline = deadline;
		waitUntil(deadline, now);
	}

	/**
	 * The shopper confirmed: capture next.
	 */
	public void confirmationRequested(Instant now) {
		if (!awaitingApproval()) {
			throw new SagaStateException(this.orderId, this.state, this.step, "be confirmed");
		}
		next(SagaStep.CAPTURE_PAYMENT, now);
	}

	/**
	 * The payment was not approved after all: back to waiting, nothing changed.
	 */
	public void paymentNotApproved(Instant now) {
		expectStep(SagaStep.CAPTURE_PAYMENT, "return to waiting for approval");
		waitUntil(this.approvalDeadline, now);
	}

	public void paymentCaptured(Instant now) {
		expectStep(SagaStep.CAPTURE_PAYMENT, "record a capture");
		moveTo(SagaState.PAYMENT_CAPTURED);
		this.paymentCaptured = true;
		next(SagaStep.COMMIT_STOCK, now);
	}

	/**
	 * Fulfillment refused the commit and changed nothing: there is no stock to restore.
	 */
	public void stockNotCommitted() {
		expectStep(SagaStep.COMMIT_STOCK, "record a refused stock commit");
		this.stockMayBeCommitted = false;
	}

	public void stockCommitted(Instant now) {
		expectStep(SagaStep.COMMIT_STOCK, "record a stock commit");
		moveTo(SagaState.STOCK_COMMITTED);
		next(SagaStep.CHECKOUT_CART, now);
	}

	public void cartCheckedOut(Instant now) {
		expectStep(SagaStep.CHECKOUT_CART, "record a checked-out cart");
		moveTo(SagaState.CONFIRMED);
		this.cartCheckedOut = true;
		finish(now);
		registerEvent(new SagaConfirmed(this.orderId, now));
	}

	/**
	 * A transient failure: the same step runs again at {@code at}.
	 */
	public void retryAt(Instant at, Instant now) {
		if (this.step == null) {
			throw new SagaStateException(this.orderId, this.state, null, "retry a step");
		}
		this.nextAttemptAt = at;
		this.updatedAt = now;
	}

	/**
	 * A forward step failed for good: the saga compensates, and its failure names the
	 * step.
	 */
	public void fail(SagaStep failedStep, SagaFailure cause, Instant now) {
		compensate(SagaIntent.FAIL, cause.at(failedStep), now);
	}

	/**
	 * Turns the saga round: the compensations of what may have happened replace the
	 * forward step, newest first, and run at once.
	 */
	public void compensate(SagaIntent why, SagaFailure cause, Instant now) {
		moveTo(SagaState.COMPENSATING);
		this.intent = why;
		this.failure = cause;
		List<SagaStep> steps = new ArrayList<>();
		if (this.stockMayBeCommitted) {
			steps.add(SagaStep.RESTORE_STOCK);
		}
		if (this.paymentCaptured) {
			steps.add(SagaStep.REFUND_PAYMENT);
		}
		else if (this.paymentCreated) {
			steps.add(SagaStep.VOID_PAYMENT);
		}
		boolean cartHeld = this.cartMayBeLocked && !this.cartCheckedOut;
		if (why == SagaIntent.CANCEL && cartHeld) {
			steps.add(SagaStep.RELEASE_STOCK);
		}
		if (cartHeld) {
			steps.add(SagaStep.UNLOCK_CART);
		}
		this.compensations = steps;
		advanceCompensation(now);
	}

	/**
	 * The current compensation is done: the next one, or the end.
	 */
	public void compensationDone(Instant now) {
		if (this.state != SagaState.COMPENSATING || this.step == null || this.step.isForward()) {
			throw new SagaStateException(this.orderId, this.state, this.step, "complete a compensation");
		}
		advanceCompensation(now);
	}

	/**
	 * Voiding found the payment captured (a capture whose answer was lost): it is
	 * refunded next.
	 */
	public void paymentFoundCaptured(Instant now) {
		expectStep(SagaStep.VOID_PAYMENT, "refund a payment found captured");
		this.paymentCaptured = true;
		List<SagaStep> remaining = new ArrayList<>(this.compensations);
		remaining.add(0, SagaStep.REFUND_PAYMENT);
		this.compensations = remaining;
		advanceCompensation(now);
	}

	private void advanceCompensation(Instant now) {
		if (this.compensations.isEmpty()) {
			moveTo(end());
			finish(now);
			registerEvent(new SagaCompensated(this.orderId, this.state, turnedBackBy(), now));
			return;
		}
		List<SagaStep> remaining = new ArrayList<>(this.compensations);
		SagaStep first = remaining.remove(0);
		this.compensations = remaining;
		next(first, now);
	}

	private SagaState end() {
		if (!this.paymentCaptured) {
			return SagaState.CANCELLED;
		}
		return (this.intent == SagaIntent.CANCEL) ? SagaState.REFUNDED : SagaState.FAILED;
	}

	private void next(SagaStep nextStep, Instant now) {
		this.step = nextStep;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.updatedAt = now;
	}

	private void waitUntil(Instant at, Instant now) {
		this.step = null;
		this.attempts = 0;
		this.nextAttemptAt = at;
		this.updatedAt = now;
	}

	private void finish(Instant now) {
		this.step = null;
		this.attempts = 0;
		this.nextAttemptAt = null;
		this.updatedAt = now;
	}

	private void moveTo(SagaState next) {
		if (!this.state.canBecome(next)) {
			throw new SagaStateException(this.orderId, this.state, this.step, "become " + next);
		}
		this.state = next;
	}

	private void expectStep(SagaStep expected, String attempted) {
		if (this.step != expected) {
			throw new SagaStateException(this.orderId, this.state, this.step, attempted);
		}
	}

	public UUID orderId() {
		return this.orderId;
	}

	public SagaState state() {
		return this.state;
	}

	public SagaStep step() {
		return this.step;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public List<SagaStep> pendingCompensations() {
		return List.copyOf(this.compensations);
	}

	public SagaFailure failure() {
		return this.failure;
	}

	public Instant approvalDeadline() {
		return this.approvalDeadline;
	}

	public boolean paymentCaptured() {
		return this.paymentCaptured;
	}

	/**
	 * Why the saga ended as it did, for the order's status history.
	 */
	public String endReason() {
		if (this.failure != null) {
			return this.failure.code();
		}
		return (this.intent == SagaIntent.CANCEL) ? "CANCELLED_BY_SHOPPER" : null;
	}

	/**
	 * What turned the saga back: the forward step that failed (such as
	 * {@code COMMIT_STOCK}), {@code APPROVAL_EXPIRED}, or {@code CANCEL_REQUESTED} by its
	 * shopper; {@code null} while it goes forward.
	 */
	public String turnedBackBy() {
		if (this.failure != null) {
			return (this.failure.step() != null) ? this.failure.step().name() : this.failure.code();
		}
		return (this.intent == SagaIntent.CANCEL) ? CANCEL_REQUESTED : null;
	}

	/**
	 * Whether the saga is undoing its steps or has ended that way.
	 */
	public boolean isTurnedBack() {
		return this.state == SagaState.COMPENSATING || this.state.isFinal();
	}

}

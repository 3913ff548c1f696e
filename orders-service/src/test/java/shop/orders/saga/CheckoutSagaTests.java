package shop.orders.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The checkout saga as a state machine: every event in every position it can be in, the
 * compensations it plans, and its lease.
 */
class CheckoutSagaTests {

	private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(60);

	private static final SagaFailure FAILURE = new SagaFailure(409, "OUT_OF_STOCK", "Out of stock", "none left",
			Map.of());

	private static final Map<SagaState, Set<SagaState>> LEGAL = new EnumMap<>(SagaState.class);

	static {
		LEGAL.put(SagaState.PENDING, EnumSet.of(SagaState.CART_LOCKED, SagaState.COMPENSATING));
		LEGAL.put(SagaState.CART_LOCKED, EnumSet.of(SagaState.PAYMENT_PENDING, SagaState.COMPENSATING));
		LEGAL.put(SagaState.PAYMENT_PENDING, EnumSet.of(SagaState.PAYMENT_CAPTURED, SagaState.COMPENSATING));
		LEGAL.put(SagaState.PAYMENT_CAPTURED, EnumSet.of(SagaState.STOCK_COMMITTED, SagaState.COMPENSATING));
		LEGAL.put(SagaState.STOCK_COMMITTED, EnumSet.of(SagaState.CONFIRMED, SagaState.COMPENSATING));
		LEGAL.put(SagaState.CONFIRMED, EnumSet.of(SagaState.COMPENSATING));
		LEGAL.put(SagaState.COMPENSATING, EnumSet.of(SagaState.CANCELLED, SagaState.FAILED, SagaState.REFUNDED));
		LEGAL.put(SagaState.CANCELLED, EnumSet.noneOf(SagaState.class));
		LEGAL.put(SagaState.FAILED, EnumSet.noneOf(SagaState.class));
		LEGAL.put(SagaState.REFUNDED, EnumSet.noneOf(SagaState.class));
	}

	/**
	 * Every position a saga can be in, as (state, step).
	 */
	enum Position {

		LOCKING_CART(() -> CheckoutSaga.start(UUID.randomUUID(), NOW)),

		QUOTING_SHIPPING(() -> advance(LOCKING_CART, (saga) -> saga.cartLocked(NOW))),

		CREATING_PAYMENT(() -> advance(QUOTING_SHIPPING, (saga) -> saga.shippingQuoted(NOW))),

		AWAITING_APPROVAL(() -> advance(CREATING_PAYMENT, (saga) -> saga.paymentCreated(NOW.plusSeconds(1800), NOW))),

		CAPTURING(() -> advance(AWAITING_APPROVAL, (saga) -> saga.confirmationRequested(NOW))),

		COMMITTING_STOCK(() -> advance(CAPTURING, (saga) -> saga.paymentCaptured(NOW))),

		CHECKING_OUT_CART(() -> advance(COMMITTING_STOCK, (saga) -> saga.stockCommitted(NOW))),

		CONFIRMED(() -> advance(CHECKING_OUT_CART, (saga) -> saga.cartCheckedOut(NOW))),

		VOIDING(() -> advance(AWAITING_APPROVAL, (saga) -> saga.compensate(SagaIntent.CANCEL, null, NOW))),

		CANCELLED(() -> advance(VOIDING, CheckoutSagaTests::finishCompensation)),

		FAILED(() -> advance(COMMITTING_STOCK, (saga) -> {
			saga.stockNotCommitted();
			saga.compensate(SagaIntent.FAIL, FAILURE, NOW);
			finishCompensation(saga);
		})),

		REFUNDED(() -> advance(CONFIRMED, (saga) -> {
			saga.compensate(SagaIntent.CANCEL, null, NOW);
			finishCompensation(saga);
		}));

		private final Supplier<CheckoutSaga> factory;

		Position(Supplier<CheckoutSaga> factory) {
			this.factory = factory;
		}

		CheckoutSaga saga() {
			return this.factory.get();
		}

		/**
		 * The position after {@code change}, its step claimed first as an executor would.
		 */
		private static CheckoutSaga advance(Position from, Consumer<CheckoutSaga> change) {
			CheckoutSaga saga = from.saga();
			if (saga.step() != null && saga.isDue(NOW)) {
				claim(saga);
			}
			change.accept(saga);
			return saga;
		}

	}

	/**
	 * Every event of the saga, with the positions in which it is legal.
	 */
	enum Event {

		CART_LOCKED((saga) -> saga.cartLocked(NOW), SagaState.CART_LOCKED, Position.LOCKING_CART),

		CART_NOT_LOCKED(CheckoutSaga::cartNotLocked, SagaState.PENDING, Position.LOCKING_CART),

		SHIPPING_QUOTED((saga) -> saga.shippingQuoted(NOW), SagaState.CART_LOCKED, Position.QUOTING_SHIPPING),

		PAYMENT_CREATED((saga) -> saga.paymentCreated(NOW.plusSeconds(1800), NOW), SagaState.PAYMENT_PENDING,
				Position.CREATING_PAYMENT),

		CONFIRMATION_REQUESTED((saga) -> saga.confirmationRequested(NOW), SagaState.PAYMENT_PENDING,
				Position.AWAITING_APPROVAL),

		PAYMENT_NOT_APPROVED((saga) -> saga.paymentNotApproved(NOW), SagaState.PAYMENT_PENDING, Position.CAPTURING),

		PAYMENT_CAPTURED((saga) -> saga.paymentCaptured(NOW), SagaState.PAYMENT_CAPTURED, Position.CAPTURING),

		STOCK_NOT_COMMITTED(CheckoutSaga::stockNotCommitted, SagaState.PAYMENT_CAPTURED, Position.COMMITTING_STOCK),

		STOCK_COMMITTED((saga) -> saga.stockCommitted(NOW), SagaState.STOCK_COMMITTED, Position.COMMITTING_STOCK),

		CART_CHECKED_OUT((saga) -> saga.cartCheckedOut(NOW), SagaState.CONFIRMED, Position.CHECKING_OUT_CART),

		COMPENSATE((saga) -> saga.compensate(SagaIntent.FAIL, FAILURE, NOW), SagaState.COMPENSATING,
				Position.LOCKING_CART, Position.QUOTING_SHIPPING, Position.CREATING_PAYMENT, Position.AWAITING_APPROVAL,
				Position.CAPTURING, Position.COMMITTING_STOCK, Position.CHECKING_OUT_CART, Position.CONFIRMED),

		COMPENSATION_DONE((saga) -> saga.compensationDone(NOW), SagaState.COMPENSATING, Position.VOIDING),

		PAYMENT_FOUND_CAPTURED((saga) -> saga.paymentFoundCaptured(NOW), SagaState.COMPENSATING, Position.VOIDING),

		RETRY((saga) -> saga.retryAt(NOW.plusSeconds(1), NOW), null, Position.LOCKING_CART, Position.QUOTING_SHIPPING,
				Position.CREATING_PAYMENT, Position.CAPTURING, Position.COMMITTING_STOCK, Position.CHECKING_OUT_CART,
				Position.VOIDING);

		private final Consumer<CheckoutSaga> apply;

		private final SagaState after;

		private final Set<Position> legalIn;

		/**
		 * @param after the state the event leads to, {@code null} for the same state
		 */
		Event(Consumer<CheckoutSaga> apply, SagaState after, Position first, Position... more) {
			this.apply = apply;
			this.after = after;
			this.legalIn = EnumSet.of(first, more);
		}

	}

	static Stream<Arguments> everyStatePair() {
		return Stream.of(SagaState.values())
			.flatMap((from) -> Stream.of(SagaState.values()).map((to) -> arguments(from, to)));
	}

	static Stream<Arguments> everyEventInEveryPosition() {
		return Stream.of(Position.values())
			.flatMap((position) -> Stream.of(Event.values()).map((event) -> arguments(position, event)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("everyStatePair")
	void allowsExactlyTheDesignedStateTransitions(SagaState from, SagaState to) {
		assertThat(from.canBecome(to)).isEqualTo(LEGAL.get(from).contains(to));
	}

	@ParameterizedTest(name = "{1} at {0}")
	@MethodSource("everyEventInEveryPosition")
	void acceptsEachEventOnlyWhereItIsLegal(Position position, Event event) {
		CheckoutSaga saga = position.saga();
		SagaState before = saga.state();
		SagaStep stepBefore = saga.step();
		if (event.legalIn.contains(position)) {
			event.apply.accept(saga);
			SagaState expected = (event.after != null) ? event.after : before;
			if (event == Event.COMPENSATE && position == Position.LOCKING_CART) {
				expected = SagaState.CANCELLED;
			}
			assertThat(saga.state()).isEqualTo(expected);
		}
		else {
			assertThatThrownBy(() -> event.apply.accept(saga)).isInstanceOf(SagaStateException.class);
			assertThat(saga.state()).isEqualTo(before);
			assertThat(saga.step()).isEqualTo(stepBefore);
		}
	}

	@Test
	void walksForwardOneStepAtATimeAndWaitsForTheShopperInBetween() {
		CheckoutSaga saga = CheckoutSaga.start(UUID.randomUUID(), NOW);
		assertThat(saga.step()).isEqualTo(SagaStep.LOCK_CART);
		assertThat(saga.isDue(NOW)).isTrue();

		saga.cartLocked(NOW);
		saga.shippingQuoted(NOW);
		saga.paymentCreated(NOW.plusSeconds(1800), NOW);

		assertThat(saga.state()).isEqualTo(SagaState.PAYMENT_PENDING);
		assertThat(saga.awaitingApproval()).isTrue();
		assertThat(saga.step()).isNull();
		assertThat(saga.nextAttemptAt()).as("the recovery worker looks again at the deadline")
			.isEqualTo(NOW.plusSeconds(1800));

		saga.confirmationRequested(NOW);
		saga.paymentCaptured(NOW);
		saga.stockCommitted(NOW);
		saga.cartCheckedOut(NOW);

		assertThat(saga.state()).isEqualTo(SagaState.CONFIRMED);
		assertThat(saga.step()).isNull();
		assertThat(saga.nextAttemptAt()).isNull();
	}

	@Test
	void endsCancelledWithNothingToUndoWhenTheCartWasNeverLocked() {
		CheckoutSaga saga = Position.LOCKING_CART.saga();
		claim(saga);

		saga.cartNotLocked();
		saga.compensate(SagaIntent.FAIL, FAILURE, NOW);

		assertThat(saga.state()).isEqualTo(SagaState.CANCELLED);
		assertThat(saga.failure()).isEqualTo(FAILURE);
	}

	@Test
	void unlocksTheCartWhenTheLockMayHaveHappened() {
		CheckoutSaga saga = Position.LOCKING_CART.saga();
		claim(saga);

		saga.compensate(SagaIntent.FAIL, FAILURE, NOW);

		assertThat(saga.step()).isEqualTo(SagaStep.UNLOCK_CART);
		assertThat(saga.pendingCompensations()).isEmpty();
	}

	@Test
	void voidsReleasesAndUnlocksWhenTheShopperCancelsBeforeTheCapture() {
		CheckoutSaga saga = Position.AWAITING_APPROVAL.saga();

		saga.compensate(SagaIntent.CANCEL, null, NOW);

		assertThat(saga.state()).isEqualTo(SagaState.COMPENSATING);
		assertThat(saga.step()).isEqualTo(SagaStep.VOID_PAYMENT);
		assertThat(saga.pendingCompensations()).containsExactly(SagaStep.RELEASE_STOCK, SagaStep.UNLOCK_CART);
		finishCompensation(saga);
		assertThat(saga.state()).isEqualTo(SagaState.CANCELLED);
		assertThat(saga.endReason()).isEqualTo("CANCELLED_BY_SHOPPER");
	}

	@Test
	void refundsAndUnlocksWhenTheStockIsRefusedAfterTheCapture() {
		CheckoutSaga saga = Position.COMMITTING_STOCK.saga();
		claim(saga);

		saga.stockNotCommitted();
		saga.compensate(SagaIntent.FAIL, FAILURE, NOW);

		assertThat(saga.step()).isEqualTo(SagaStep.REFUND_PAYMENT);
		assertThat(saga.pendingCompensations()).containsExactly(SagaStep.UNLOCK_CART);
		finishCompensation(saga);
		assertThat(saga.state()).isEqualTo(SagaState.FAILED);
		assertThat(saga.endReason()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void restoresStockFirstWhenTheCommitMayHaveHappened() {
		CheckoutSaga saga = Position.COMMITTING_STOCK.saga();
		claim(saga);

		saga.compensate(SagaIntent.FAIL, FAILURE, NOW);

		assertThat(saga.step()).isEqualTo(SagaStep.RESTORE_STOCK);
		assertThat(saga.pendingCompensations()).containsExactly(SagaStep.REFUND_PAYMENT, SagaStep.UNLOCK_CART);
	}

	@Test
	void restoresAndRefundsAConfirmedOrderWithoutTouchingTheCheckedOutCart() {
		CheckoutSaga saga = Position.COMMITTING_STOCK.saga();
		claim(saga);
		saga.stockCommitted(NOW);
		saga.cartCheckedOut(NOW);

		saga.compensate(SagaIntent.CANCEL, null, NOW);

		assertThat(saga.step()).isEqualTo(SagaStep.RESTORE_STOCK);
		assertThat(saga.pendingCompensations()).containsExactly(SagaStep.REFUND_PAYMENT);
		finishCompensation(saga);
		assertThat(saga.state()).isEqualTo(SagaState.REFUNDED);
	}

	@Test
	void refundsAPaymentThatVoidingFoundCaptured() {
		CheckoutSaga saga = Position.VOIDING.saga();

		saga.paymentFoundCaptured(NOW);

		assertThat(saga.step()).isEqualTo(SagaStep.REFUND_PAYMENT);
		assertThat(saga.pendingCompensations()).containsExactly(SagaStep.RELEASE_STOCK, SagaStep.UNLOCK_CART);
		assertThat(saga.paymentCaptured()).isTrue();
		finishCompensation(saga);
		assertThat(saga.state()).isEqualTo(SagaState.REFUNDED);
	}

	@Test
	void returnsToWaitingUntilTheSameDeadlineWhenThePaymentWasNotApproved() {
		CheckoutSaga saga = Position.CAPTURING.saga();

		saga.paymentNotApproved(NOW.plusSeconds(60));

		assertThat(saga.awaitingApproval()).isTrue();
		assertThat(saga.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1800));
		assertThat(saga.approvalExpired(NOW.plusSeconds(1799))).isFalse();
		assertThat(saga.approvalExpired(NOW.plusSeconds(1800))).isTrue();
	}

	@Test
	void letsOnlyOneExecutorHoldItsLeaseUntilItExpires() {
		CheckoutSaga saga = CheckoutSaga.start(UUID.randomUUID(), NOW);

		saga.claim("worker-a", NOW, LEASE);

		assertThat(saga.leasedByOther("worker-b", NOW.plusSeconds(59))).isTrue();
		assertThat(saga.leasedByOther("worker-a", NOW.plusSeconds(59))).isFalse();
		assertThatThrownBy(() -> saga.claim("worker-b", NOW.plusSeconds(59), LEASE))
			.isInstanceOf(SagaStateException.class);
		assertThat(saga.heldBy("worker-a", SagaStep.LOCK_CART)).isTrue();
		assertThat(saga.heldBy("worker-a", SagaStep.CAPTURE_PAYMENT)).isFalse();
		assertThat(saga.attempts()).isEqualTo(1);

		saga.claim("worker-b", NOW.plusSeconds(61), LEASE);

		assertThat(saga.heldBy("worker-a", SagaStep.LOCK_CART)).isFalse();
		assertThat(saga.heldBy("worker-b", SagaStep.LOCK_CART)).isTrue();
		assertThat(saga.attempts()).isEqualTo(2);
	}

	@Test
	void cannotBeClaimedBeforeItsNextAttemptOrWithoutAStep() {
		CheckoutSaga saga = CheckoutSaga.start(UUID.randomUUID(), NOW);
		saga.retryAt(NOW.plusSeconds(5), NOW);

		assertThatThrownBy(() -> saga.claim("worker", NOW.plusSeconds(4), LEASE))
			.isInstanceOf(SagaStateException.class);
		saga.claim("worker", NOW.plusSeconds(5), LEASE);

		CheckoutSaga waiting = Position.AWAITING_APPROVAL.saga();
		assertThatThrownBy(() -> waiting.claim("worker", NOW.plusSeconds(3600), LEASE))
			.isInstanceOf(SagaStateException.class);
	}

	@Test
	void derivesEachCallsIdempotencyKeyFromTheOrderAndTheStep() {
		UUID orderId = UUID.fromString("0195f3c0-0000-7000-8000-000000000001");

		assertThat(SagaStep.CAPTURE_PAYMENT.idempotencyKey(orderId))
			.isEqualTo("0195f3c0-0000-7000-8000-000000000001:capture-payment");
		assertThat(Stream.of(SagaStep.values()).map((step) -> step.idempotencyKey(orderId)).distinct())
			.hasSize(SagaStep.values().length);
	}

	private static void claim(CheckoutSaga saga) {
		saga.claim("worker", NOW, LEASE);
		saga.release();
	}

	private static void finishCompensation(CheckoutSaga saga) {
		while (saga.state() == SagaState.COMPENSATING) {
			claim(saga);
			saga.compensationDone(NOW);
		}
	}

}

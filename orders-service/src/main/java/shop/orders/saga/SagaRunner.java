package shop.orders.saga;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import shop.common.request.RequestIds;

/**
 * Drives one saga as far as it can go now: claims its due step, makes the call outside
 * any transaction, records the outcome, and goes on with the next step until the saga
 * waits for the shopper, ends, or its next attempt lies beyond the caller's patience.
 * Requests run it with a few seconds of patience (they wait out short backoffs and steps
 * another executor is running); the recovery worker runs it with none.
 */
@Component
class SagaRunner {

	private static final Logger log = LoggerFactory.getLogger(SagaRunner.class);

	private static final Duration POLL = Duration.ofMillis(100);

	/**
	 * More steps than any saga has, even compensating after retries: a run that gets here
	 * is not making progress (its lease keeps being lost) and leaves the rest to the next
	 * run.
	 */
	private static final int MAX_STEPS_PER_RUN = 50;

	private final SagaTransitions transitions;

	private final SagaStepExecutor executor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SagaRunner(SagaTransitions transitions, SagaStepExecutor executor, ApplicationEventPublisher events, Clock clock) {
		this.transitions = transitions;
		this.executor = executor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs the saga's due steps as {@code owner}, waiting at most {@code patience} for
	 * backoffs and for steps run by others.
	 * @return the first step this run ran, if it ran any
	 */
	Optional<SagaStep> drive(UUID orderId, String owner, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		SagaStep first = null;
		for (int steps = 0; steps < MAX_STEPS_PER_RUN;) {
			SagaTransitions.Acquisition acquisition = this.transitions.acquire(orderId, owner);
			switch (acquisition) {
				case SagaTransitions.Acquisition.Claimed claimed -> {
					steps++;
					if (first == null) {
						first = claimed.call().step();
					}
					run(orderId, owner, claimed);
				}
				case SagaTransitions.Acquisition.Busy busy -> {
					if (!pause(POLL, deadline)) {
						return Optional.ofNullable(first);
					}
				}
				case SagaTransitions.Acquisition.NotDue notDue -> {
					Duration until = Duration.between(this.clock.instant(), notDue.at());
					if (!pause(until.isNegative() ? Duration.ofMillis(1) : until, deadline)) {
						return Optional.ofNullable(first);
					}
				}
				case SagaTransitions.Acquisition.Idle idle -> {
					return Optional.ofNullable(first);
				}
			}
		}
		log.warn("Order {}: {} ran {} steps without the saga settling; the next run goes on", orderId, owner,
				MAX_STEPS_PER_RUN);
		return Optional.ofNullable(first);
	}

	private void run(UUID orderId, String owner, SagaTransitions.Acquisition.Claimed claimed) {
		boolean ownRequestId = MDC.get(RequestIds.MDC_REQUEST_ID) == null;
		boolean ownUserId = MDC.get(RequestIds.MDC_USER_ID) == null;
		if (ownRequestId) {
			MDC.put(RequestIds.MDC_REQUEST_ID, UUID.randomUUID().toString());
		}
		if (ownUserId) {
			MDC.put(RequestIds.MDC_USER_ID, claimed.userId().toString());
		}
		try {
			StepOutcome outcome = this.executor.execute(claimed.call());
			SagaTransitions.Recorded recorded = this.transitions.record(orderId, owner, claimed, outcome);
			log.info("Order {}: {} attempt {} {} ({}), saga {}", orderId, recorded.step(), recorded.attempt(),
					recorded.outcome(), (outcome.detail() != null) ? outcome.detail() : "ok", recorded.state());
			this.events.publishEvent(new SagaStepCompleted(orderId, recorded.step(), recorded.outcome(),
					recorded.state(), recorded.attempt()));
		}
		finally {
			if (ownRequestId) {
				MDC.remove(RequestIds.MDC_REQUEST_ID);
			}
			if (ownUserId) {
				MDC.remove(RequestIds.MDC_USER_ID);
			}
		}
	}

	/**
	 * Sleeps for {@code duration} unless that ends after {@code deadline}.
	 */
	static boolean pause(Duration duration, long deadline) {
		if (System.nanoTime() + duration.toNanos() > deadline) {
			return false;
		}
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}

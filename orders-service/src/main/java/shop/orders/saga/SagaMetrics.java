package shop.orders.saga;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The checkout saga's counters, for the dashboard (deploy/grafana/wholesale-shop.json):
 * <ul>
 * <li>{@code orders_saga_started_total}: sagas created with their order;</li>
 * <li>{@code orders_saga_confirmed_total}: sagas that reached {@code CONFIRMED};</li>
 * <li>{@code orders_saga_compensated_total{step}}: sagas that finished compensating, by
 * what turned them back (the forward step that failed, {@code APPROVAL_EXPIRED} or
 * {@code CANCEL_REQUESTED});</li>
 * <li>{@code orders_saga_recovered_total{step}}: sagas the recovery worker resumed, by
 * the step it resumed them at;</li>
 * <li>{@code orders_saga_steps_total{step,outcome}}: every recorded step, so that failing
 * steps and retries show.</li>
 * </ul>
 * Started, confirmed and compensated count committed transitions only (the saga's own
 * events, after the transaction that made them), so each saga counts once however often
 * its requests are repeated.
 */
@Component
class SagaMetrics {

	private final MeterRegistry registry;

	private final Counter started;

	private final Counter confirmed;

	SagaMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.started = Counter.builder("orders.saga.started")
			.description("Checkout sagas created with their order")
			.register(registry);
		this.confirmed = Counter.builder("orders.saga.confirmed")
			.description("Checkout sagas that reached CONFIRMED")
			.register(registry);
	}

	@TransactionalEventListener
	void on(SagaStarted started) {
		this.started.increment();
	}

	@TransactionalEventListener
	void on(SagaConfirmed confirmed) {
		this.confirmed.increment();
	}

	@TransactionalEventListener
	void on(SagaCompensated compensated) {
		Counter.builder("orders.saga.compensated")
			.description("Checkout sagas that finished compensating, by what turned them back")
			.tag("step", compensated.turnedBackBy())
			.register(this.registry)
			.increment();
	}

	@EventListener
	void on(SagaRecovered recovered) {
		Counter.builder("orders.saga.recovered")
			.description("Checkout sagas the recovery worker resumed, by the step it resumed them at")
			.tag("step", recovered.step().name())
			.register(this.registry)
			.increment();
	}

	@EventListener
	void on(SagaStepCompleted completed) {
		this.registry.counter("orders.saga.steps", "step", completed.step().name(), "outcome", completed.outcome())
			.increment();
	}

}

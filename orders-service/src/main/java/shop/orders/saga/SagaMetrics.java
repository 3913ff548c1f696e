package shop.orders.saga;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts saga steps by step and outcome ({@code orders_saga_steps_total}), so that
 * dashboards show failing steps and retries.
 */
@Component
class SagaMetrics {

	private final MeterRegistry registry;

	SagaMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(SagaStepCompleted completed) {
		this.registry.counter("orders.saga.steps", "step", completed.step().name(), "outcome", completed.outcome())
			.increment();
	}

}

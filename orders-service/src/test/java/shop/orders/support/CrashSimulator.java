package shop.orders.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;

import shop.orders.saga.SagaStep;
import shop.orders.saga.SagaStepCompleted;

/**
 * Stops a saga run right after one of its steps committed, as if the process died there:
 * armed for an order and a step, it throws once from the step's completion event.
 */
public class CrashSimulator {

	private final Map<UUID, SagaStep> armed = new ConcurrentHashMap<>();

	public void crashAfter(UUID orderId, SagaStep step) {
		this.armed.put(orderId, step);
	}

	@EventListener
	void on(SagaStepCompleted completed) {
		if (this.armed.remove(completed.orderId(), completed.step())) {
			throw new SimulatedCrash("simulated crash after " + completed.step() + " of " + completed.orderId());
		}
	}

	/**
	 * The process "died".
	 */
	public static class SimulatedCrash extends RuntimeException {

		SimulatedCrash(String message) {
			super(message);
		}

	}

}

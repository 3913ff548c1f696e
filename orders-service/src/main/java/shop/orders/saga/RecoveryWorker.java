package shop.orders.saga;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import shop.orders.OrdersProperties;

/**
 * Finishes what requests left: sagas whose next attempt is due after a crash, a timeout
 * or an outage (driven forward, or compensated when they give up), and payments whose
 * approval deadline passed (cancelled, carts unlocked). Safe with several instances: each
 * run leases its sagas under {@code SELECT … FOR UPDATE SKIP LOCKED}, and a saga's step
 * runs only under its lease.
 */
@Component
public class RecoveryWorker {

	private static final Logger log = LoggerFactory.getLogger(RecoveryWorker.class);

	private static final int PARALLEL_SAGAS = 4;

	private final SagaTransitions transitions;

	private final SagaRunner runner;

	private final int batchSize;

	private final String instance = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicLong runs = new AtomicLong();

	private final ApplicationEventPublisher events;

	RecoveryWorker(SagaTransitions transitions, SagaRunner runner, OrdersProperties properties,
			ApplicationEventPublisher events) {
		this.transitions = transitions;
		this.runner = runner;
		this.batchSize = properties.recovery().batchSize();
		this.events = events;
	}

	/**
	 * Claims the due sagas (up to the batch size) and drives each as far as it goes now.
	 * @return how many sagas this run claimed
	 */
	public int runOnce() {
		String owner = "worker-" + this.instance + "-" + this.runs.incrementAndGet();
		List<UUID> claimed;
		try {
			claimed = this.transitions.claimDue(owner, this.batchSize);
		}
		catch (RuntimeException ex) {
			log.warn("Recovery run could not claim due sagas: {}", ex.getMessage());
			return 0;
		}
		if (claimed.isEmpty()) {
			return 0;
		}
		log.info("Recovery run {} claimed {} due saga(s)", owner, claimed.size());
		Semaphore slots = new Semaphore(PARALLEL_SAGAS);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (UUID orderId : claimed) {
				threads.submit(() -> drive(orderId, owner, slots));
			}
		}
		return claimed.size();
	}

	private void drive(UUID orderId, String owner, Semaphore slots) {
		try {
			slots.acquire();
			try {
				this.runner.drive(orderId, owner, Duration.ZERO).ifPresent((step) -> {
					log.info("Order {}: recovery resumed its saga at {}", orderId, step);
					this.events.publishEvent(new SagaRecovered(orderId, step));
				});
			}
			finally {
				slots.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Recovery of order {} stopped; the next run takes it up again", orderId, ex);
		}
	}

}

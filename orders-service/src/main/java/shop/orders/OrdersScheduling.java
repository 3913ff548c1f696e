package shop.orders;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import shop.orders.notification.OrderEventRelay;
import shop.orders.order.SnapshotResealing;
import shop.orders.saga.IdempotencyKeyCleaner;
import shop.orders.saga.RecoveryWorker;

/**
 * Runs the background work: the saga recovery worker, the outbox relay to
 * realtime-service, the clean-up of expired checkout keys and the sealing of order
 * snapshots still in plain text or under an old key (at start, then every ten minutes,
 * for after a key rotation). Tests switch it off with
 * {@code shop.orders.scheduling.enabled=false} and run each job by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "shop.orders.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class OrdersScheduling implements SchedulingConfigurer {

	private final OrdersProperties properties;

	private final RecoveryWorker recoveryWorker;

	private final OrderEventRelay relay;

	private final IdempotencyKeyCleaner cleaner;

	private final SnapshotResealing resealing;

	OrdersScheduling(OrdersProperties properties, RecoveryWorker recoveryWorker, OrderEventRelay relay,
			IdempotencyKeyCleaner cleaner, SnapshotResealing resealing) {
		this.properties = properties;
		this.recoveryWorker = recoveryWorker;
		this.relay = relay;
		this.cleaner = cleaner;
		this.resealing = resealing;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.recoveryWorker::runOnce, this.properties.recovery().interval());
		registrar.addFixedDelayTask(this.relay::runOnce, this.properties.events().interval());
		registrar.addFixedDelayTask(this.cleaner::removeExpired, Duration.ofHours(1));
		registrar.addFixedDelayTask(this.resealing::resealAll, Duration.ofMinutes(10));
	}

}

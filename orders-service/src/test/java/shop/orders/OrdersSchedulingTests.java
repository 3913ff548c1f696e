package shop.orders;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import shop.orders.notification.OrderEventRelay;
import shop.orders.order.SnapshotResealing;
import shop.orders.saga.IdempotencyKeyCleaner;
import shop.orders.saga.RecoveryWorker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class OrdersSchedulingTests {

	private final RecoveryWorker worker = mock(RecoveryWorker.class);

	private final OrderEventRelay relay = mock(OrderEventRelay.class);

	private final IdempotencyKeyCleaner cleaner = mock(IdempotencyKeyCleaner.class);

	private final SnapshotResealing resealing = mock(SnapshotResealing.class);

	@Test
	void runsTheRecoveryWorkerTheRelayTheKeyCleanUpAndTheSnapshotSealingAtTheirIntervals() {
		OrdersProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("shop.orders.recovery.interval", "7s", "shop.orders.events.interval", "2s")))
			.bindOrCreate("shop.orders", Bindable.of(OrdersProperties.class));
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		new OrdersScheduling(properties, this.worker, this.relay, this.cleaner, this.resealing)
			.configureTasks(registrar);

		assertThat(registrar.getFixedDelayTaskList()).extracting(IntervalTask::getIntervalDuration)
			.containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofMinutes(10));
		registrar.getFixedDelayTaskList().forEach((task) -> task.getRunnable().run());
		verify(this.worker).runOnce();
		verify(this.relay).runOnce();
		verify(this.cleaner).removeExpired();
		verify(this.resealing).resealAll();
	}

	@Test
	void defaultsToTheDocumentedSettings() {
		OrdersProperties properties = new Binder().bindOrCreate("shop.orders", Bindable.of(OrdersProperties.class));

		assertThat(properties.approvalTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(properties.idempotencyKeyRetention()).isEqualTo(Duration.ofHours(24));
		assertThat(properties.saga().maxForwardAttempts()).isEqualTo(10);
		assertThat(properties.saga().lease()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.recovery().interval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.publicUrl().toString()).isEqualTo("http://localhost:8080");
	}

}

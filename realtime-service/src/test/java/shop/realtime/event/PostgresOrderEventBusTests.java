package shop.realtime.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import shop.common.test.SharedPostgres;
import shop.realtime.RealtimeProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two realtime instances on one PostgreSQL: an event published on either reaches both.
 */
class PostgresOrderEventBusTests {

	@Test
	void fansAnEventPublishedOnOneInstanceOutToEveryInstance() {
		SharedPostgres.Connection postgres = SharedPostgres.get();
		RealtimeProperties.Fanout fanout = new RealtimeProperties.Fanout(postgres.jdbcUrl(), postgres.username(),
				postgres.password(), "test_order_status");
		List<OrderStatusEvent> first = new CopyOnWriteArrayList<>();
		List<OrderStatusEvent> second = new CopyOnWriteArrayList<>();
		try (PostgresOrderEventBus one = new PostgresOrderEventBus(fanout);
				PostgresOrderEventBus two = new PostgresOrderEventBus(fanout)) {
			one.subscribe(first::add);
			two.subscribe(second::add);
			await().atMost(Duration.ofSeconds(10)).until(() -> one.isListening() && two.isListening());
			OrderStatusEvent event = new OrderStatusEvent(UUID.randomUUID().toString(), UUID.randomUUID(),
					UUID.randomUUID(), "CONFIRMED", Instant.parse("2025-01-31T10:15:30Z"));

			one.publish(event);

			await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 1 && second.size() == 1);
			assertThat(first).containsExactly(event);
			assertThat(second).containsExactly(event);
		}
	}

}

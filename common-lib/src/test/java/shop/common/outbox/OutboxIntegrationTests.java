package shop.common.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import shop.common.test.PostgresTest;
import shop.common.util.Ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real PostgreSQL: appends join the caller's transaction, delivery
 * right after commit, retries with a doubling backoff, and relays that run at the same
 * time without sending a message twice.
 */
@SpringBootTest(classes = OutboxIntegrationTests.OutboxTestApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "spring.application.name=outbox-test", "shop.outbox.table=outbox_relay_test",
				"shop.outbox.relay-interval=1h", "shop.outbox.retry-backoff=1s", "shop.outbox.max-backoff=4s",
				"shop.outbox.batch-size=10" })
@PostgresTest
class OutboxIntegrationTests {

	private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SettableClock clock;

	@Autowired
	PingSender receiver;

	@Autowired
	MeterBinder outboxMetrics;

	@BeforeEach
	void emptyOutbox() {
		this.jdbc.sql("""
				create table if not exists outbox_relay_test (
				    id               uuid primary key,
				    topic            varchar(64)  not null,
				    payload          jsonb        not null,
				    created_at       timestamptz  not null,
				    attempts         integer      not null default 0,
				    next_attempt_at  timestamptz  not null,
				    last_error       text
				)""").update();
		this.jdbc.sql("truncate outbox_relay_test").update();
		this.clock.set(START);
		this.receiver.reset();
	}

	@Test
	void deliversMessagesRightAfterTheirTransactionCommitsAndThenDeletesThem() {
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.append(PingSender.TOPIC, new Ping(1, "first"));
			this.outbox.append(PingSender.TOPIC, new Ping(2, "second"));
			assertThat(this.receiver.received()).isEmpty();
		});

		assertThat(this.receiver.calls()).containsExactly(List.of(new Ping(1, "first"), new Ping(2, "second")));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.store.count() == 0);
		assertThat(this.relay.relayDue()).isZero();
		assertThat(this.receiver.received()).hasSize(2);
	}

	@Test
	void keepsNothingOfARolledBackTransaction() {
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.append(PingSender.TOPIC, new Ping(1, "never"));
			assertThat(this.store.count()).isOne();
			status.setRollbackOnly();
		});

		assertThat(this.store.count()).isZero();
		assertThat(this.relay.relayDue()).isZero();
		assertThat(this.receiver.received()).isEmpty();
	}

	@Test
	void refusesMessagesOutsideATransactionAndForTopicsWithoutASender() {
		assertThatThrownBy(() -> this.outbox.append(PingSender.TOPIC, new Ping(1, "x")))
			.isInstanceOf(IllegalTransactionStateException.class);
		this.transactions.executeWithoutResult((status) -> {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> this.outbox.append("nobody.listens", new Ping(1, "x")))
				.withMessageContaining("nobody.listens");
			assertThatIllegalArgumentException().isThrownBy(() -> this.outbox.append(PingSender.TOPIC, "not a ping"))
				.withMessageContaining(Ping.class.getName());
		});
		assertThat(this.store.count()).isZero();
	}

	@Test
	void keepsAFailedMessageAndRetriesItWithADoublingBackoffUntilTheReceiverTakesIt() {
		MeterRegistry metrics = new SimpleMeterRegistry();
		this.outboxMetrics.bindTo(metrics);
		double deliveredBefore = metrics.get("shop.outbox.delivered").functionCounter().count();
		double failedBefore = metrics.get("shop.outbox.failed").functionCounter().count();
		this.receiver.failWith("catalog answered 503");

		this.transactions.executeWithoutResult((status) -> this.outbox.append(PingSender.TOPIC, new Ping(7, "late")));

		assertThat(this.store.findAll()).singleElement().satisfies((message) -> {
			assertThat(message.attempts()).isZero();
			assertThat(message.nextAttemptAt()).isEqualTo(START);
			assertThat(message.topic()).isEqualTo(PingSender.TOPIC);
			assertThat(message.payload()).contains("\"late\"");
		});
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(this.relay.relayDue()).isOne();
			OutboxMessage message = this.store.findAll().getFirst();
			assertThat(message.attempts()).isEqualTo(attempt);
			assertThat(message.lastError()).contains("catalog answered 503");
			waits.add(Duration.between(this.clock.instant(), message.nextAttemptAt()));
			this.clock.set(message.nextAttemptAt().minusMillis(1));
			assertThat(this.relay.relayDue()).as("not due before its time").isZero();
			this.clock.set(message.nextAttemptAt());
		}
		assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(4));
		assertThat(metrics.get("shop.outbox.failed").functionCounter().count()).isEqualTo(failedBefore + 4);
		assertThat(metrics.get("shop.outbox.pending").gauge().value()).isOne();

		this.receiver.recover();
		assertThat(this.relay.relayDue()).isOne();

		assertThat(this.store.count()).isZero();
		assertThat(this.receiver.received()).containsExactly(new Ping(7, "late"));
		assertThat(metrics.get("shop.outbox.delivered").functionCounter().count()).isEqualTo(deliveredBefore + 1);
		assertThat(metrics.get("shop.outbox.pending").gauge().value()).isZero();
	}

	@Test
	void relaysRunningAtOnceSendEveryMessageExactlyOnceOldestFirstWithinABatch() throws Exception {
		for (int n = 0; n < 45; n++) {
			this.store.insert(Ids.newId(), PingSender.TOPIC, "{\"n\":" + n + ",\"text\":\"queued\"}",
					START.plusMillis(n));
		}
		this.clock.set(START.plusSeconds(1));
		this.receiver.slowDown(Duration.ofMillis(150));

		List<Callable<Integer>> relays = IntStream.range(0, 3)
			.<Callable<Integer>>mapToObj((i) -> this.relay::relayDue)
			.toList();
		int attempted = 0;
		try (ExecutorService executor = Executors.newFixedThreadPool(3)) {
			for (Future<Integer> result : executor.invokeAll(relays)) {
				attempted += result.get();
			}
		}

		assertThat(attempted).isEqualTo(45);
		assertThat(this.receiver.received()).extracting(Ping::n)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, 45).boxed().toList());
		assertThat(this.receiver.calls()).hasSizeGreaterThan(1).allSatisfy((batch) -> {
			assertThat(batch).hasSizeLessThanOrEqualTo(10);
			assertThat(batch).extracting(Ping::n).isSorted();
		});
		assertThat(this.store.count()).isZero();
	}

	record Ping(int n, String text) {

	}

	/**
	 * Takes pings as a read-model owner would, or fails as one that is down.
	 */
	static class PingSender implements OutboxSender<Ping> {

		static final String TOPIC = "test.pings";

		private final List<List<Ping>> calls = Collections.synchronizedList(new ArrayList<>());

		private final AtomicReference<String> failure = new AtomicReference<>();

		private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

		@Override
		public String topic() {
			return TOPIC;
		}

		@Override
		public Class<Ping> payloadType() {
			return Ping.class;
		}

		@Override
		public void send(List<Ping> payloads) {
			String error = this.failure.get();
			if (error != null) {
				throw new IllegalStateException("delivery failed", new RuntimeException(error));
			}
			try {
				Thread.sleep(this.delay.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.calls.add(List.copyOf(payloads));
		}

		void failWith(String error) {
			this.failure.set(error);
		}

		void recover() {
			this.failure.set(null);
		}

		void slowDown(Duration by) {
			this.delay.set(by);
		}

		void reset() {
			this.calls.clear();
			this.failure.set(null);
			this.delay.set(Duration.ZERO);
		}

		List<List<Ping>> calls() {
			return List.copyOf(this.calls);
		}

		List<Ping> received() {
			return calls().stream().flatMap(List::stream).toList();
		}

	}

	/**
	 * A clock the test sets, so that backoffs are exact.
	 */
	static class SettableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(START);

		void set(Instant instant) {
			this.now.set(instant);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class OutboxTestApplication {

		@Bean
		PingSender pingSender() {
			return new PingSender();
		}

		@Bean
		SettableClock clock() {
			return new SettableClock();
		}

	}

}

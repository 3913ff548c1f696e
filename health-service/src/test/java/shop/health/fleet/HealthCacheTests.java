package shop.health.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final AtomicInteger polls = new AtomicInteger();

	@Test
	void answersFromTheLastPollWithinTheCacheTimeAndPollsAgainAfterIt() {
		HealthCache cache = new HealthCache(Duration.ofSeconds(5), this::report, this.now::get);

		HealthReport first = cache.get();
		this.now.addAndGet(Duration.ofSeconds(4).toNanos());
		HealthReport second = cache.get();
		this.now.addAndGet(Duration.ofSeconds(2).toNanos());
		HealthReport third = cache.get();

		assertThat(second).isSameAs(first);
		assertThat(third).isNotSameAs(first);
		assertThat(this.polls).hasValue(2);
	}

	@Test
	void letsABurstOfCallersShareOnePoll() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		HealthCache cache = new HealthCache(Duration.ofSeconds(5), () -> {
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return report();
		}, this.now::get);

		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<?>[] calls = new Future<?>[20];
			for (int i = 0; i < calls.length; i++) {
				calls[i] = executor.submit(cache::get);
			}
			Thread.sleep(200);
			release.countDown();
			for (Future<?> call : calls) {
				call.get(5, TimeUnit.SECONDS);
			}
		}

		assertThat(this.polls).hasValue(1);
	}

	private HealthReport report() {
		this.polls.incrementAndGet();
		return new HealthReport("UP", Instant.now(), Map.of());
	}

}

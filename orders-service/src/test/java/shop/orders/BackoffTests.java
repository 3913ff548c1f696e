package shop.orders;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

	@Test
	void doublesTheDelayWithJitterBetweenHalfAndAllOfIt() {
		SplittableRandom random = new SplittableRandom(7);
		for (int attempt = 1; attempt <= 6; attempt++) {
			long base = 500L << (attempt - 1);
			for (int sample = 0; sample < 200; sample++) {
				assertThat(this.backoff.delay(attempt, random).toMillis()).isBetween(base / 2, base);
			}
		}
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		SplittableRandom random = new SplittableRandom(11);
		for (int attempt = 7; attempt <= 200; attempt++) {
			assertThat(this.backoff.delay(attempt, random)).isLessThanOrEqualTo(Duration.ofSeconds(30))
				.isGreaterThanOrEqualTo(Duration.ofSeconds(15));
		}
	}

	@Test
	void spreadsTheRetriesOfManySagas() {
		SplittableRandom random = new SplittableRandom(3);
		long distinct = IntStream.range(0, 100).mapToObj((i) -> this.backoff.delay(4, random)).distinct().count();
		assertThat(distinct).isGreaterThan(50);
	}

}

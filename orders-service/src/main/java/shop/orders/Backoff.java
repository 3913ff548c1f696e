package shop.orders;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits a random time between half and
 * all of {@code initial × 2^(n-1)}, never more than {@code max}. The jitter spreads the
 * retries of many sagas hit by the same outage.
 *
 * @param initial the base delay of the first retry
 * @param max the longest delay
 */
public record Backoff(Duration initial, Duration max) {

	/**
	 * The delay after the given number of failed attempts (1 for the first failure).
	 */
	public Duration delay(int failedAttempts) {
		return delay(failedAttempts, ThreadLocalRandom.current());
	}

	Duration delay(int failedAttempts, RandomGenerator random) {
		int exponent = Math.min(Math.max(failedAttempts, 1) - 1, 30);
		long base = Math.min(this.initial.toMillis() * (1L << exponent), this.max.toMillis());
		long half = base / 2;
		return Duration.ofMillis(half + ((base - half > 0) ? random.nextLong(base - half + 1) : 0));
	}

}

package shop.health.fleet;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers every caller within {@code cacheFor} of a poll with that poll's result, and
 * lets callers that arrive while a poll runs wait for it: a burst of health requests
 * causes one round of checks.
 */
class HealthCache {

	private final Duration cacheFor;

	private final Supplier<HealthReport> poll;

	private final LongSupplier nanoTime;

	private HealthReport last;

	private long lastAt;

	private CompletableFuture<HealthReport> running;

	HealthCache(Duration cacheFor, Supplier<HealthReport> poll, LongSupplier nanoTime) {
		this.cacheFor = cacheFor;
		this.poll = poll;
		this.nanoTime = nanoTime;
	}

	HealthReport get() {
		CompletableFuture<HealthReport> mine;
		boolean polling = false;
		synchronized (this) {
			if (this.last != null && this.nanoTime.getAsLong() - this.lastAt < this.cacheFor.toNanos()) {
				return this.last;
			}
			if (this.running == null) {
				this.running = new CompletableFuture<>();
				polling = true;
			}
			mine = this.running;
		}
		if (polling) {
			try {
				HealthReport report = this.poll.get();
				synchronized (this) {
					this.last = report;
					this.lastAt = this.nanoTime.getAsLong();
					this.running = null;
				}
				mine.complete(report);
			}
			catch (RuntimeException ex) {
				synchronized (this) {
					this.running = null;
				}
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
		return mine.join();
	}

}

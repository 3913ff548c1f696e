package shop.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * An in-memory token bucket per key: a bucket holds up to {@code burstCapacity} tokens,
 * refills at {@code replenishRate} tokens per second, and each request takes one. A
 * refused request learns from {@code Retry-After} when the next token is due; allowed
 * requests get no rate-limit headers (two limiters apply to each request, and their
 * remaining counts would only confuse). The limit holds per gateway instance; with
 * several instances use the Redis-backed limiter. Buckets idle long enough to be full
 * again are dropped, which loses nothing.
 */
public class TokenBucketRateLimiter implements RateLimiter<Object> {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private static final int EVICTION_EVERY = 1024;

	private final double replenishPerNano;

	private final int burstCapacity;

	private final int replenishRate;

	private final LongSupplier nanoTime;

	private final long fullAfterNanos;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong calls = new AtomicLong();

	public TokenBucketRateLimiter(int replenishRate, int burstCapacity) {
		this(replenishRate, burstCapacity, System::nanoTime);
	}

	TokenBucketRateLimiter(int replenishRate, int burstCapacity, LongSupplier nanoTime) {
		if (replenishRate < 1 || burstCapacity < 1) {
			throw new IllegalArgumentException("Rate and burst capacity must be at least 1");
		}
		this.replenishRate = replenishRate;
		this.burstCapacity = burstCapacity;
		this.replenishPerNano = (double) replenishRate / NANOS_PER_SECOND;
		this.nanoTime = nanoTime;
		this.fullAfterNanos = (long) Math.ceil((double) burstCapacity / replenishRate * NANOS_PER_SECOND);
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return Mono.fromSupplier(() -> take(id));
	}

	Response take(String key) {
		long now = this.nanoTime.getAsLong();
		Bucket bucket = this.buckets.computeIfAbsent(key, (k) -> new Bucket(this.burstCapacity, now));
		boolean allowed;
		double tokens;
		synchronized (bucket) {
			bucket.refill(now, this.replenishPerNano, this.burstCapacity);
			allowed = bucket.tokens >= 1;
			if (allowed) {
				bucket.tokens -= 1;
			}
			tokens = bucket.tokens;
		}
		if (this.calls.incrementAndGet() % EVICTION_EVERY == 0) {
			evictFullBuckets(now);
		}
		if (allowed) {
			return new Response(true, Map.of());
		}
		double secondsToNextToken = (1 - tokens) / this.replenishRate;
		return new Response(false,
				Map.of(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (long) Math.ceil(secondsToNextToken)))));
	}

	int bucketCount() {
		return this.buckets.size();
	}

	void evictFullBuckets(long now) {
		this.buckets.entrySet().removeIf((entry) -> {
			Bucket bucket = entry.getValue();
			synchronized (bucket) {
				return now - bucket.updatedAt >= this.fullAfterNanos;
			}
		});
	}

	@Override
	public Map<String, Object> getConfig() {
		return Map.of();
	}

	@Override
	public Class<Object> getConfigClass() {
		return Object.class;
	}

	@Override
	public Object newConfig() {
		return new Object();
	}

	private static final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(int tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		void refill(long now, double perNano, int capacity) {
			long elapsed = now - this.updatedAt;
			if (elapsed > 0) {
				this.tokens = Math.min(capacity, this.tokens + elapsed * perNano);
				this.updatedAt = now;
			}
		}

	}

}

package shop.gateway.ratelimit;

import java.util.List;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Makes Redis-backed limiters: Spring Cloud Gateway's {@link RedisRateLimiter} (its Lua
 * token bucket, atomic in Redis, so every gateway instance shares the buckets) with a
 * fixed configuration, wrapped to add {@code Retry-After}. When Redis fails the limiter
 * lets requests pass and logs the error: a cache outage must not take the shop down.
 */
class RedisRateLimiters {

	private final ReactiveStringRedisTemplate redis;

	private final RedisScript<List<Long>> script;

	RedisRateLimiters(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script) {
		this.redis = redis;
		this.script = script;
	}

	RateLimiter<Object> create(String name, int replenishRate, int burstCapacity) {
		RedisRateLimiter limiter = new RedisRateLimiter(this.redis, this.script, null);
		limiter.setIncludeHeaders(false);
		limiter.getConfig()
			.put(name,
					new RedisRateLimiter.Config().setReplenishRate(replenishRate)
						.setBurstCapacity(burstCapacity)
						.setRequestedTokens(1));
		return new RetryAfterRateLimiter(limiter, name, replenishRate);
	}

}

package shop.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Gives a limiter one bucket per key across all routes (the limit is per client or user,
 * not per service) and adds {@code Retry-After} to its refusals: a bucket that refills at
 * {@code replenishRate} per second has a token again after
 * {@code ceil(1 / replenishRate)} seconds at most. Spring Cloud Gateway's Redis limiter
 * answers without that header.
 */
public class RetryAfterRateLimiter implements RateLimiter<Object> {

	private final RateLimiter<?> delegate;

	private final String bucketName;

	private final String retryAfterSeconds;

	public RetryAfterRateLimiter(RateLimiter<?> delegate, String bucketName, int replenishRate) {
		this.delegate = delegate;
		this.bucketName = bucketName;
		this.retryAfterSeconds = Long.toString(Math.max(1, (long) Math.ceil(1.0 / replenishRate)));
	}

	@Override
	public Mono<Response> isAllowed(String routeId, String id) {
		return this.delegate.isAllowed(this.bucketName, id).map((response) -> {
			if (response.isAllowed() || response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
				return response;
			}
			Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
			headers.put(HttpHeaders.RETRY_AFTER, this.retryAfterSeconds);
			return new Response(false, headers);
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

}

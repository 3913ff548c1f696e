package shop.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterRateLimiterTests {

	private final List<String> routes = new ArrayList<>();

	@Test
	void addsRetryAfterToARefusalAndUsesOneBucketAcrossRoutes() {
		RetryAfterRateLimiter limiter = new RetryAfterRateLimiter(stub(false, Map.of("X-Other", "kept")), "ip", 1);
		RateLimiter.Response response = limiter.isAllowed("catalog", "203.0.113.1").block();
		assertThat(response.isAllowed()).isFalse();
		assertThat(response.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-Other", "kept");
		limiter.isAllowed("cart", "203.0.113.1").block();
		assertThat(this.routes).containsExactly("ip", "ip");
	}

	@Test
	void leavesAllowedRequestsAsTheyAre() {
		RetryAfterRateLimiter limiter = new RetryAfterRateLimiter(stub(true, Map.of()), "user", 10);
		RateLimiter.Response response = limiter.isAllowed("cart", "u").block();
		assertThat(response.isAllowed()).isTrue();
		assertThat(response.getHeaders()).doesNotContainKey("Retry-After");
	}

	private RateLimiter<Object> stub(boolean allowed, Map<String, String> headers) {
		return new RateLimiter<>() {
			@Override
			public Mono<Response> isAllowed(String routeId, String id) {
				RetryAfterRateLimiterTests.this.routes.add(routeId);
				return Mono.just(new Response(allowed, headers));
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
		};
	}

}

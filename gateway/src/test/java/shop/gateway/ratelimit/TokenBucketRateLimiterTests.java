package shop.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketRateLimiterTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 3, this.now::get);

	@Test
	void allowsABurstThenRefusesWithRetryAfter() {
		for (int i = 0; i < 3; i++) {
			Response response = this.limiter.take("a");
			assertThat(response.isAllowed()).isTrue();
			assertThat(response.getHeaders()).isEmpty();
		}
		Response refused = this.limiter.take("a");
		assertThat(refused.isAllowed()).isFalse();
		assertThat(refused.getHeaders()).containsEntry("Retry-After", "1");
	}

	@Test
	void refillsAtTheReplenishRateUpToTheBurst() {
		drain("a");
		this.now.addAndGet(400_000_000L);
		assertThat(this.limiter.take("a").isAllowed()).isFalse();
		this.now.addAndGet(100_000_000L);
		assertThat(this.limiter.take("a").isAllowed()).isTrue();
		assertThat(this.limiter.take("a").isAllowed()).isFalse();
		this.now.addAndGet(60_000_000_000L);
		for (int i = 0; i < 3; i++) {
			assertThat(this.limiter.take("a").isAllowed()).isTrue();
		}
		assertThat(this.limiter.take("a").isAllowed()).isFalse();
	}

	@Test
	void keepsOneBucketPerKey() {
		drain("a");
		assertThat(this.limiter.take("a").isAllowed()).isFalse();
		assertThat(this.limiter.take("b").isAllowed()).isTrue();
	}

	@Test
	void dropsOnlyBucketsThatAreFullAgain() {
		drain("idle");
		this.now.addAndGet(1_000_000_000L);
		drain("busy");
		this.now.addAndGet(600_000_000L);
		this.limiter.evictFullBuckets(this.now.get());
		assertThat(this.limiter.bucketCount()).isEqualTo(1);
		assertThat(this.limiter.take("busy").isAllowed()).isTrue();
		assertThat(this.limiter.take("busy").isAllowed()).isFalse();
	}

	@Test
	void refusesANonsenseConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucketRateLimiter(10, 0));
	}

	@Test
	void answersThroughTheGatewayInterface() {
		assertThat(this.limiter.isAllowed("any-route", "c").block().isAllowed()).isTrue();
	}

	private void drain(String key) {
		while (this.limiter.take(key).isAllowed()) {
			// take every token
		}
	}

}

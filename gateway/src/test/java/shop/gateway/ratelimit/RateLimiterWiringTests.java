package shop.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

import shop.gateway.GatewayProperties;
import shop.gateway.security.ClientAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which limiter the routes get: in memory by default, Redis-backed (and shared by every
 * gateway instance) when {@code SHOP_REDIS_URL} is set. Redis is not contacted here: the
 * connection opens on first use.
 */
class RateLimiterWiringTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Support.class,
			RateLimitConfiguration.class, RedisRateLimitConfiguration.class);

	@Test
	void limitsInMemoryWithoutRedis() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(ReactiveRedisConnectionFactory.class);
			assertThat(context.getBean("clientIpRateLimiter", RateLimiter.class))
				.isInstanceOf(TokenBucketRateLimiter.class);
			assertThat(context.getBean("userRateLimiter", RateLimiter.class))
				.isInstanceOf(TokenBucketRateLimiter.class);
		});
	}

	@Test
	void sharesTheBucketsThroughRedisWhenConfigured() {
		this.runner.withPropertyValues("shop.gateway.redis-url=redis://localhost:6399").run((context) -> {
			assertThat(context).hasSingleBean(ReactiveRedisConnectionFactory.class);
			assertThat(context.getBean("clientIpRateLimiter", RateLimiter.class))
				.isInstanceOf(RetryAfterRateLimiter.class);
			assertThat(context.getBean("userRateLimiter", RateLimiter.class)).isInstanceOf(RetryAfterRateLimiter.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GatewayProperties.class)
	static class Support {

		@Bean
		ClientAddresses clientAddresses() {
			return new ClientAddresses(0);
		}

	}

}

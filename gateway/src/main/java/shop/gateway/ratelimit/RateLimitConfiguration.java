package shop.gateway.ratelimit;

import java.security.Principal;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import shop.gateway.GatewayProperties;
import shop.gateway.security.ClientAddresses;

/**
 * The limiters and keys the routes' {@code RequestRateLimiter} filters use
 * (application.yml, {@code default-filters}): one bucket per client address for every
 * request, one per user for signed-in requests.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	@Primary
	KeyResolver clientIpKeyResolver(ClientAddresses clientAddresses) {
		return (exchange) -> Mono.just(clientAddresses.of(exchange));
	}

	/**
	 * The signed-in user's id; empty for anonymous requests, which only the per-address
	 * limit applies to.
	 */
	@Bean
	KeyResolver userKeyResolver() {
		return (exchange) -> exchange.getPrincipal().map(Principal::getName);
	}

	@Bean
	@Primary
	RateLimiter<Object> clientIpRateLimiter(GatewayProperties properties, ObjectProvider<RedisRateLimiters> redis) {
		GatewayProperties.RateLimit limit = properties.rateLimit();
		return limiter(redis, "ip", limit.perIpReplenishRate(), limit.perIpBurstCapacity());
	}

	@Bean
	RateLimiter<Object> userRateLimiter(GatewayProperties properties, ObjectProvider<RedisRateLimiters> redis) {
		GatewayProperties.RateLimit limit = properties.rateLimit();
		return limiter(redis, "user", limit.perUserReplenishRate(), limit.perUserBurstCapacity());
	}

	private static RateLimiter<Object> limiter(ObjectProvider<RedisRateLimiters> redis, String name, int rate,
			int burst) {
		RedisRateLimiters shared = redis.getIfAvailable();
		return (shared != null) ? shared.create(name, rate, burst) : new TokenBucketRateLimiter(rate, burst);
	}

}

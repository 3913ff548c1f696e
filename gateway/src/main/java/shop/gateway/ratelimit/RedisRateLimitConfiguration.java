package shop.gateway.ratelimit;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

import shop.gateway.GatewayProperties;

/**
 * Redis for the rate limits, only when {@code shop.gateway.redis-url}
 * ({@code SHOP_REDIS_URL}) is set. Spring Boot's own Redis auto-configuration is switched
 * off in application.yml, so that a gateway without Redis neither connects nor reports a
 * Redis health check; with this configuration present, Boot's Redis health indicator
 * joins the gateway's health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shop.gateway.redis-url:}'.isBlank()")
class RedisRateLimitConfiguration {

	@Bean
	LettuceConnectionFactory redisConnectionFactory(GatewayProperties properties) {
		return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(properties.redisUrl()));
	}

	@Bean
	ReactiveStringRedisTemplate reactiveStringRedisTemplate(LettuceConnectionFactory connectionFactory) {
		return new ReactiveStringRedisTemplate(connectionFactory);
	}

	@Bean
	RedisRateLimiters redisRateLimiters(ReactiveStringRedisTemplate redis) {
		DefaultRedisScript<List<Long>> script = new DefaultRedisScript<>();
		script.setScriptSource(
				new ResourceScriptSource(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")));
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<List<Long>> resultType = (Class) List.class;
		script.setResultType(resultType);
		return new RedisRateLimiters(redis, script);
	}

}

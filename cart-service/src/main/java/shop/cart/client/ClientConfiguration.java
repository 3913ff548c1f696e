package shop.cart.client;

import java.time.Duration;

import feign.Retryer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import shop.common.feign.RemoteProblemException;

/**
 * The cart's calls to other services: Feign clients behind Resilience4j circuit breakers
 * that count only transient failures (a 409 {@code OUT_OF_STOCK} is an answer, not an
 * outage), and a short retry of connection failures and timeouts, which is safe because
 * every call the cart makes is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackageClasses = ClientConfiguration.class)
class ClientConfiguration {

	@Bean
	Retryer feignRetryer() {
		return new Retryer.Default(100, 500, 2);
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> circuitBreakerDefaults() {
		return (factory) -> factory.configureDefault((id) -> new Resilience4JConfigBuilder(id)
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowSize(20)
				.minimumNumberOfCalls(10)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofSeconds(10))
				.ignoreExceptions(RemoteProblemException.class)
				.build())
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(15)).build())
			.build());
	}

}

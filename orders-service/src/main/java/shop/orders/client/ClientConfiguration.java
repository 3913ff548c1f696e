package shop.orders.client;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import shop.common.feign.RemoteProblemException;
import shop.orders.OrdersProperties;

/**
 * The Feign clients and their resilience: one circuit breaker per called service (a
 * service that is down fails every call fast), business answers (4xx problems) never
 * counted as failures, and timeouts from Feign's connect and read timeouts
 * ({@code spring.cloud.openfeign.client.config}). The breakers run on the caller's
 * thread, so the request id and user id in the MDC travel with every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackageClasses = ClientConfiguration.class)
class ClientConfiguration {

	@Bean
	CircuitBreakerNameResolver circuitBreakerPerService() {
		return (feignClientName, target, method) -> feignClientName;
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> circuitBreakerDefaults(OrdersProperties properties) {
		OrdersProperties.Remote remote = properties.remote();
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(Math.max(remote.minimumCalls(), 20))
			.minimumNumberOfCalls(remote.minimumCalls())
			.failureRateThreshold(remote.failureRateThreshold())
			.waitDurationInOpenState(remote.openStateWait())
			.permittedNumberOfCallsInHalfOpenState(3)
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.ignoreExceptions(RemoteProblemException.class)
			.build();
		return (factory) -> factory
			.configureDefault((id) -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(config).build());
	}

}

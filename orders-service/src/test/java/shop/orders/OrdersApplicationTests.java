package shop.orders;

import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;

import shop.common.feign.RemoteProblemException;
import shop.common.test.ServiceWiringChecks;
import shop.common.test.TestKeys;
import shop.orders.support.OrdersIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersApplicationTests extends OrdersIntegrationTestSupport {

	@Autowired
	Resilience4JCircuitBreakerFactory circuitBreakers;

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void guardsEachCalledServiceWithOneCircuitBreakerThatIgnoresBusinessAnswers() {
		checkout(UUID.randomUUID());

		CircuitBreakerRegistry registry = this.circuitBreakers.getCircuitBreakerRegistry();
		assertThat(registry.getAllCircuitBreakers()).extracting(CircuitBreaker::getName)
			.contains("cart-service", "payment-service", "fulfillment-service", "auth-service");
		CircuitBreakerConfig config = registry.find("payment-service").orElseThrow().getCircuitBreakerConfig();
		assertThat(config.getIgnoreExceptionPredicate()
			.test(new RemoteProblemException("capture", 422, "PAYMENT_DECLINED", null, Map.of()))).isTrue();
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(1000);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, TestKeys.token(UUID.randomUUID(), "CUSTOMER"));
	}

}

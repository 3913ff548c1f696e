package shop.orders.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The controllable clock and the crash simulator of the integration tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OrdersTestConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock();
	}

	@Bean
	CrashSimulator crashSimulator() {
		return new CrashSimulator();
	}

}

package shop.pricing;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import shop.common.test.ServiceWiringChecks;
import shop.common.test.TestKeys;

class PricingApplicationTests extends PricingIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, TestKeys.token(UUID.randomUUID(), "CUSTOMER"));
	}

}

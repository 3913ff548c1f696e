package shop.cart;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.test.ServiceWiringChecks;
import shop.common.test.TestKeys;

class CartApplicationTests extends CartTestSupport {

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, TestKeys.token(UUID.randomUUID(), "CUSTOMER"));
	}

}

package shop.payment;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.test.ServiceWiringChecks;
import shop.common.test.TestKeys;

class PaymentApplicationTests extends PaymentTestSupport {

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, TestKeys.token(UUID.randomUUID(), "CUSTOMER"));
	}

}

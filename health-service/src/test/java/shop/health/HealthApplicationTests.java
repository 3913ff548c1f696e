package shop.health;

import org.junit.jupiter.api.Test;

import shop.common.test.ServiceWiringChecks;

class HealthApplicationTests extends HealthServiceTestSupport {

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, "none");
	}

}

package shop.auth;

import org.junit.jupiter.api.Test;

import shop.common.test.ServiceWiringChecks;

class AuthApplicationTests extends AuthIntegrationTestSupport {

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, newCustomer().accessToken());
	}

}

package shop.health;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import shop.common.test.ServiceWiringChecks;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HealthApplicationTests {

	@LocalServerPort
	int port;

	@Test
	void startsReadyWithMetricsAndAClosedInternalApi() {
		ServiceWiringChecks.check(this.port);
	}

	@Test
	void answersUnknownPathsWithAProblem() {
		ServiceWiringChecks.checkUnknownPath(this.port, "none");
	}

}

package shop.rating;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import shop.common.test.PostgresTest;
import shop.common.test.ServiceWiringChecks;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
@Import(TestSecurityConfiguration.class)
class RatingApplicationTests {

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

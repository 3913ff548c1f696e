package shop.common.feign;

import java.net.ConnectException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteCallsTests {

	private final RemoteProblemException notFound = new RemoteProblemException("Auth#address", 404, "NOT_FOUND",
			"no such address", Map.of("status", 404, "code", "NOT_FOUND"));

	@Test
	void findsTheProblemInsideTheWrappersOfCircuitBreakersAndProxies() {
		RuntimeException wrapped = new RuntimeException("circuit breaker",
				new IllegalStateException("proxy", this.notFound));

		assertThat(RemoteCalls.problem(wrapped)).containsSame(this.notFound);
		assertThat(RemoteCalls.hasStatus(wrapped, 404)).isTrue();
		assertThat(RemoteCalls.hasStatus(wrapped, 409)).isFalse();
		assertThat(RemoteCalls.isTransient(wrapped)).isFalse();
	}

	@Test
	void findsNoProblemInAFailureToReachTheOtherService() {
		RuntimeException unreachable = new RuntimeException("call failed", new ConnectException("refused"));

		assertThat(RemoteCalls.problem(unreachable)).isEmpty();
		assertThat(RemoteCalls.hasStatus(unreachable, 404)).isFalse();
		assertThat(RemoteCalls.isTransient(unreachable)).isTrue();
		assertThat(RemoteCalls.problem(new RemoteServiceUnavailableException("X#y", 503))).isEmpty();
	}

}

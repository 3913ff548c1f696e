package shop.common.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitFilterTests {

	final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(2, Duration.ofMillis(100));

	@Test
	void answersOneRequestTooManyWithABusyProblemAndServesAgainOnceASlotIsFree() throws Exception {
		CountDownLatch started = new CountDownLatch(2);
		CountDownLatch finish = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			started.countDown();
			try {
				finish.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			((MockHttpServletResponse) response).setStatus(200);
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<MockHttpServletResponse> first = pool.submit(() -> send("/api/things", slow));
			Future<MockHttpServletResponse> second = pool.submit(() -> send("/api/things", slow));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

			MockHttpServletResponse refused = send("/api/things", (request, response) -> {
				throw new AssertionError("must not run while the service is full");
			});
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(refused.getContentType()).startsWith("application/problem+json");
			assertThat(refused.getContentAsString()).contains("\"code\":\"SERVICE_BUSY\"");

			MockHttpServletResponse probe = send("/actuator/health/readiness",
					(request, response) -> ((MockHttpServletResponse) response).setStatus(200));
			assertThat(probe.getStatus()).as("probes are never limited").isEqualTo(200);

			finish.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
			assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse after = send("/api/things",
				(request, response) -> ((MockHttpServletResponse) response).setStatus(200));
		assertThat(after.getStatus()).as("slots are released").isEqualTo(200);
	}

	@Test
	void releasesItsSlotWhenTheRequestFails() throws Exception {
		for (int i = 0; i < 3; i++) {
			try {
				send("/api/things", (request, response) -> {
					throw new IllegalStateException("boom");
				});
			}
			catch (IllegalStateException expected) {
				// the advice would answer it; the slot must be free again
			}
		}
		MockHttpServletResponse after = send("/api/things",
				(request, response) -> ((MockHttpServletResponse) response).setStatus(200));
		assertThat(after.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse send(String path, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

}

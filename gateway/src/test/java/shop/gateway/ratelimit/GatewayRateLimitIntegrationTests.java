package shop.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import shop.gateway.GatewayIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of the shared test context: per client address 30 requests at once then 5
 * per second; per user 8 at once then 1 per second.
 */
class GatewayRateLimitIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void refusesAUserAboveTheLimitWith429ProblemAndRetryAfter() {
		String token = bearer(signedIn(UUID.randomUUID(), "CUSTOMER"));
		List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			results.add(this.client.get()
				.uri("/api/cart")
				.header("Authorization", token)
				.exchange()
				.expectBody()
				.returnResult());
		}
		EntityExchangeResult<byte[]> refused = results.stream()
			.filter((result) -> result.getStatus().value() == 429)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no request was refused"));
		assertThat(results.get(0).getStatus().value()).isEqualTo(200);
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
		assertThat(new String(refused.getResponseBodyContent())).contains("\"code\":\"TOO_MANY_REQUESTS\"")
			.contains("\"status\":429");

		String otherUser = bearer(signedIn(UUID.randomUUID(), "CUSTOMER"));
		this.client.get().uri("/api/cart").header("Authorization", otherUser).exchange().expectStatus().isOk();
	}

	@Test
	void refusesAClientAddressAboveTheLimitAlsoWithoutAToken() {
		int refused = 0;
		String retryAfter = null;
		for (int i = 0; i < 45; i++) {
			EntityExchangeResult<byte[]> result = this.client.get()
				.uri("/api/products")
				.exchange()
				.expectBody()
				.returnResult();
			if (result.getStatus().value() == 429) {
				refused++;
				retryAfter = result.getResponseHeaders().getFirst("Retry-After");
			}
		}
		assertThat(refused).isPositive();
		assertThat(retryAfter).isNotNull();
		this.client.get()
			.uri("/api/products")
			.header("X-Forwarded-For", "198.18.0." + (1 + (int) (Math.random() * 250)))
			.exchange()
			.expectStatus()
			.isOk();
	}

}

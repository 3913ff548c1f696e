package shop.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@E2E
@Services("gateway")
class GatewayEdgeTests {

	@Test
	void servesItsOwnHealthAndNoServiceActuator(ShopApi api) {
		assertThat(api.get("/actuator/health").send().json().path("status").asString()).isEqualTo("UP");
		for (String path : new String[] { "/actuator/env", "/api/actuator/health", "/catalog-service/actuator/health",
				"/actuator/prometheus/../env" }) {
			ShopApi.Response response = api.get(path).send();
			assertThat(response.status()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("\"propertySources\"");
		}
	}

	@Test
	void neverRoutesInternalPaths(ShopApi api) {
		for (String path : new String[] { "/internal/sessions/x", "/api/internal/logs", "/internal/payments" }) {
			ShopApi.Response response = api.post(path, "{}").send();
			assertThat(response.status()).as(response.toString()).isEqualTo(404);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}
	}

	@Test
	void answersUnknownPathsWithAProblemAndARequestId(ShopApi api) {
		ShopApi.Response response = api.get("/api/no-such-thing").header("X-Request-Id", "e2e-request-1").send();
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.at("type").asString()).startsWith("https://");
		assertThat(response.at("title").asString()).isNotBlank();
		assertThat(response.header("X-Request-Id")).isEqualTo("e2e-request-1");
	}

	@Test
	void refusesOversizedBodiesWith413(ShopApi api) {
		String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
		ShopApi.Response response = api.post("/api/auth/signup", huge).send();
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void sendsSecurityHeaders(ShopApi api) {
		ShopApi.Response response = api.get("/api/health").send();
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Request-Id")).isNotBlank();
	}

}

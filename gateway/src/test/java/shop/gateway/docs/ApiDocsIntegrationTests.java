package shop.gateway.docs;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import shop.gateway.GatewayIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Swagger UI at {@code /api/docs} over every service's public API, each document
 * fetched through its {@code /api/docs/{service}} route; WireMock stands in for the
 * services.
 */
class ApiDocsIntegrationTests extends GatewayIntegrationTestSupport {

	private static final List<String> SERVICES = List.of("auth", "catalog", "pricing", "fulfillment", "cart", "payment",
			"orders", "rating", "realtime", "log", "health");

	@Test
	void opensSwaggerUiAtApiDocsWithoutAToken() {
		this.client.get()
			.uri("/api/docs")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/api/docs/swagger-ui/index.html");
		String page = this.client.get()
			.uri("/api/docs/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("script-src 'self'")
						.contains("connect-src 'self'")
						.doesNotContain("*"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("swagger-ui");
		this.client.get().uri("/api/docs/swagger-ui/swagger-ui-bundle.js").exchange().expectStatus().isOk();
	}

	@Test
	void pointsSwaggerUiAtTheDocumentOfEveryService() {
		String initializer = this.client.get()
			.uri("/api/docs/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(initializer).contains("/api/docs/gateway/swagger-config");
		JsonNode config = JSON.readTree(this.client.get()
			.uri("/api/docs/gateway/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		List<String> names = config.get("urls").valueStream().map((url) -> url.get("name").asString()).toList();
		List<String> urls = config.get("urls").valueStream().map((url) -> url.get("url").asString()).toList();
		assertThat(names).containsExactlyInAnyOrderElementsOf(SERVICES);
		assertThat(urls).containsExactlyInAnyOrderElementsOf(SERVICES.stream().map((s) -> "/api/docs/" + s).toList());
		assertThat(config.toString()).doesNotContain("internal");
		assertThat(config.get("validatorUrl").asString()).isEqualTo("none");
	}

	@Test
	void rewritesEachServicesDocsRouteToItsOpenApiDocument() {
		services.stubFor(get(urlEqualTo("/v3/api-docs")).atPriority(1)
			.willReturn(okJson("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/cart\":{}}}")));
		for (String service : SERVICES.stream().filter((s) -> !s.equals("health")).toList()) {
			this.client.get()
				.uri("/api/docs/" + service)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.paths['/api/cart']")
				.exists();
		}
		services.verify(exactly(SERVICES.size() - 1), getRequestedFor(urlEqualTo("/v3/api-docs")));
		services.verify(exactly(0), getRequestedFor(urlPathMatching("/api/docs.*")));
		// health-service is the one stood in by nothing: its route leads there, and finds
		// it down
		this.client.get().uri("/api/docs/health").exchange().expectStatus().isEqualTo(503);
	}

	@Test
	void routesNothingElseUnderApiDocs() {
		for (String path : new String[] { "/api/docs/internal", "/api/docs/cart/../../internal/x",
				"/api/docs/unknown" }) {
			this.client.get().uri(path).exchange().expectStatus().value((status) -> assertThat(status).isIn(400, 404));
		}
		this.client.post().uri("/api/docs/cart").exchange().expectStatus().isNotFound();
		services.verify(exactly(0), getRequestedFor(urlEqualTo("/v3/api-docs")));
	}

}

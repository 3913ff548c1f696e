package shop.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

class GatewayRoutingIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void routesPublicPathsToTheirServiceWithARequestId() {
		this.client.get()
			.uri("/api/products?page=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.routed")
			.isEqualTo(true);
		services.verify(getRequestedFor(urlEqualTo("/api/products?page=0")).withHeader("X-Request-Id",
				matching("[0-9a-f-]{36}")));
	}

	@Test
	void keepsAWellFormedClientRequestIdAndDropsAForgedUserId() {
		UUID userId = UUID.randomUUID();
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(signedIn(userId, "CUSTOMER")))
			.header("X-Request-Id", "client-chosen-1")
			.header("X-User-Id", "someone-else")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-chosen-1");
		services
			.verify(getRequestedFor(urlPathEqualTo("/api/cart")).withHeader("X-Request-Id", equalTo("client-chosen-1"))
				.withHeader("X-User-Id", equalTo(userId.toString())));
		services.verify(getRequestedFor(urlPathMatching("/internal/sessions/.*")).withHeader("X-Request-Id",
				equalTo("client-chosen-1")));
	}

	@Test
	void answersTheRequestIdOnceEvenWhenTheServiceEchoesIt() {
		services.stubFor(get(urlEqualTo("/api/categories")).atPriority(1)
			.willReturn(okJson("[]").withHeader("X-Request-Id", "client-chosen-2")));
		this.client.get()
			.uri("/api/categories")
			.header("X-Request-Id", "client-chosen-2")
			.exchange()
			.expectHeader()
			.values("X-Request-Id", (values) -> assertThat(values).containsExactly("client-chosen-2"));
	}

	@Test
	void dropsAForgedUserIdOnPublicPaths() {
		this.client.get().uri("/api/products").header("X-User-Id", "someone-else").exchange().expectStatus().isOk();
		services.verify(getRequestedFor(urlPathEqualTo("/api/products")).withoutHeader("X-User-Id"));
	}

	@Test
	void neverRoutesInternalOrActuatorPaths() {
		for (String path : new String[] { "/internal/sessions/x", "/api/internal/x", "/catalog/actuator/health",
				"/api/nothing" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(404);
		}
		this.client.get().uri("/api/products/../../internal/x").exchange().expectStatus().isBadRequest();
		services.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesOversizedBodiesWith413Problem() {
		this.client.post()
			.uri("/api/cart/items")
			.header("Authorization", bearer(signedIn(UUID.randomUUID(), "CUSTOMER")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"x\":\"" + "a".repeat(2048) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void answersAServiceThatIsDownWith503Problem() {
		this.client.get()
			.uri("/api/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_UNAVAILABLE");
	}

	@Test
	void servesItsOwnHealth() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void allowsConfiguredCorsOrigins() {
		this.client.options()
			.uri("/api/products")
			.header("Origin", "http://localhost:3000")
			.header("Access-Control-Request-Method", "GET")
			.exchange()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
		this.client.options()
			.uri("/api/products")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void answersAPreflightForAProtectedPathWithoutAToken() {
		this.client.options()
			.uri("/api/cart/items")
			.header("Origin", "http://localhost:3000")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Authorization, Content-Type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
	}

	@Test
	void letsABrowserReadA401() {
		this.client.get()
			.uri("/api/cart")
			.header("Origin", "http://localhost:3000")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
	}

}

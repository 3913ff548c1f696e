package shop.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "shop.gateway.max-body-size=1KB")
@AutoConfigureWebTestClient
class GatewayRoutingIntegrationTests {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
	}

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "auth-service", "catalog-service", "pricing-service",
				"fulfillment-service", "cart-service", "payment-service", "orders-service", "rating-service",
				"log-service" }) {
			registry.add("shop.services." + service, services::baseUrl);
		}
		// nothing listens on port 9: a service that is down
		registry.add("shop.services.health-service", () -> "http://localhost:9");
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	@BeforeEach
	void reset() {
		services.resetAll();
		services.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"routed\":true}")));
	}

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
		this.client.get()
			.uri("/api/cart")
			.header("X-Request-Id", "client-chosen-1")
			.header("X-User-Id", "someone-else")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-chosen-1");
		services
			.verify(getRequestedFor(urlPathEqualTo("/api/cart")).withHeader("X-Request-Id", equalTo("client-chosen-1"))
				.withoutHeader("X-User-Id"));
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
		services.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void refusesOversizedBodiesWith413Problem() {
		this.client.post()
			.uri("/api/cart/items")
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

}

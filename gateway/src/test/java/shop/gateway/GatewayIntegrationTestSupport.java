package shop.gateway;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The one Spring context of the gateway's integration tests: the gateway on a random
 * port, with one WireMock server standing in for every service behind it, auth-service's
 * JWKS and session check included. Every test class extends it, so the context is built
 * once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.gateway.max-body-size=1KB", "shop.internal.api-key=gateway-test-key",
				"shop.gateway.trusted-proxy-hops=1", "shop.gateway.session-check-timeout=1s",
				"shop.gateway.rate-limit.per-ip-replenish-rate=5", "shop.gateway.rate-limit.per-ip-burst-capacity=30",
				"shop.gateway.rate-limit.per-user-replenish-rate=1",
				"shop.gateway.rate-limit.per-user-burst-capacity=8" })
@AutoConfigureWebTestClient
public abstract class GatewayIntegrationTestSupport {

	protected static final WireMockServer services = new WireMockServer(options().dynamicPort());

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	static {
		services.start();
		Runtime.getRuntime().addShutdownHook(new Thread(services::stop, "wiremock-stop"));
	}

	@Autowired
	private WebTestClient webTestClient;

	/**
	 * A client with a client address of its own (through {@code X-Forwarded-For}, one
	 * trusted proxy hop), so the per-address rate limit of one test never touches
	 * another.
	 */
	protected WebTestClient client;

	protected String clientIp;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "auth-service", "catalog-service", "pricing-service",
				"fulfillment-service", "cart-service", "payment-service", "orders-service", "rating-service",
				"realtime-service", "log-service" }) {
			registry.add("shop.services." + service, services::baseUrl);
		}
		registry.add("SHOP_REALTIME_WS_URL", services::baseUrl);
		// nothing listens on port 9: a service that is down
		registry.add("shop.services.health-service", () -> "http://localhost:9");
	}

	@BeforeEach
	void resetServices() {
		services.resetAll();
		services.stubFor(get(urlEqualTo("/.well-known/jwks.json")).atPriority(1).willReturn(okJson(TestTokens.jwks())));
		services.stubFor(any(anyUrl()).atPriority(10)
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"routed\":true}")));
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.clientIp = "203.0." + random.nextInt(0, 114) + "." + random.nextInt(1, 255);
		this.client = this.webTestClient.mutate().defaultHeader("X-Forwarded-For", this.clientIp).build();
	}

	/**
	 * auth-service answers that the session is active (or not) for this user.
	 */
	protected static void session(UUID sessionId, UUID userId, boolean active) {
		services.stubFor(get(urlEqualTo("/internal/sessions/" + sessionId)).atPriority(1)
			.willReturn(okJson(JSON.writeValueAsString(
					Map.of("sessionId", sessionId.toString(), "userId", userId.toString(), "active", active)))));
	}

	/**
	 * A valid token of a user with an active session.
	 */
	protected static String signedIn(UUID userId, String... roles) {
		UUID sessionId = UUID.randomUUID();
		session(sessionId, userId, true);
		return TestTokens.sign(TestTokens.claims(userId, sessionId, roles).build());
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

}

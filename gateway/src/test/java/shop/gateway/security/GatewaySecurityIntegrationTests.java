package shop.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import shop.gateway.GatewayIntegrationTestSupport;
import shop.gateway.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecurityIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void letsPublicPathsPassWithoutAToken() {
		for (String path : new String[] { "/api/products", "/api/products/" + UUID.randomUUID(),
				"/api/products/" + UUID.randomUUID() + "/ratings", "/api/categories",
				"/api/shipping/quote?country=US" }) {
			this.client.get().uri(path).exchange().expectStatus().isOk();
		}
		for (String path : new String[] { "/api/auth/signup", "/api/auth/login", "/api/auth/refresh",
				"/api/payments/webhooks/paypal" }) {
			this.client.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void ignoresAStaleTokenOnPublicPaths() {
		this.client.post()
			.uri("/api/auth/refresh")
			.header("Authorization", "Bearer expired.or.garbage")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"refreshToken\":\"r\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesProtectedPathsWithoutATokenWith401Problem() {
		for (String path : new String[] { "/api/cart", "/api/cart/items/x", "/api/orders", "/api/orders/x",
				"/api/auth/profile", "/api/auth/profile/addresses/x", "/api/ws/orders", "/api/admin/products",
				"/api/admin/users/x/roles" }) {
			expectUnauthorized(this.client.get().uri(path), "Bearer");
		}
		expectUnauthorized(this.client.post().uri("/api/auth/logout"), "Bearer");
		expectUnauthorized(this.client.post().uri("/api/products").contentType(MediaType.APPLICATION_JSON), "Bearer");
		expectUnauthorized(this.client.method(HttpMethod.DELETE).uri("/api/categories/x"), "Bearer");
		services.verify(0, anyRequestedFor(urlPathMatching("/api/.*")));
	}

	@Test
	void keepsUnknownPathsAt404EvenWithABadToken() {
		this.client.get()
			.uri("/api/nothing/here")
			.header("Authorization", "Bearer not-a-token")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void passesTheCheckedUserIdRolesAndClientAddressDownstream() {
		UUID userId = UUID.randomUUID();
		String token = signedIn(userId, "CUSTOMER");
		this.client.get()
			.uri("/api/orders")
			.header("Authorization", bearer(token))
			.header("X-User-Id", UUID.randomUUID().toString())
			.header("X-User-Roles", "ADMIN")
			.header("X-Client-Ip", "10.9.9.9")
			.exchange()
			.expectStatus()
			.isOk();
		services
			.verify(getRequestedFor(urlPathEqualTo("/api/orders")).withHeader("X-User-Id", equalTo(userId.toString()))
				.withHeader("X-User-Roles", equalTo("CUSTOMER"))
				.withHeader("X-Client-Ip", equalTo(this.clientIp))
				.withHeader("Authorization", equalTo(bearer(token))));
	}

	@Test
	void refusesATokenWhoseRolesClaimWasChanged() {
		UUID userId = UUID.randomUUID();
		String[] parts = signedIn(userId, "CUSTOMER").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("[\"CUSTOMER\"]", "[\"CUSTOMER\",\"ADMIN\"]");
		String forged = parts[0] + "." + base64(payload) + "." + parts[2];
		expectUnauthorized(this.client.get().uri("/api/admin/orders").header("Authorization", bearer(forged)),
				"invalid_token");
		expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", bearer(forged)), "invalid_token");
	}

	@Test
	void refusesUnsignedExpiredForeignAndMisaddressedTokens() {
		UUID userId = UUID.randomUUID();
		UUID sessionId = UUID.randomUUID();
		session(sessionId, userId, true);
		String payload = signedIn(userId, "CUSTOMER").split("\\.")[1];
		Instant past = Instant.now().minusSeconds(3600);
		String[] tokens = { base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".",
				base64("{\"alg\":\"none\"}") + "." + payload,
				TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER")
					.issueTime(Date.from(past))
					.expirationTime(Date.from(past.plusSeconds(900)))
					.build()),
				TestTokens.signWithUnpublishedKey(TestTokens.claims(userId, sessionId, "CUSTOMER").build()),
				TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").issuer("someone-else").build()),
				TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").audience("other-api").build()),
				TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").claim("sid", null).build()),
				"not-a-jwt", "a.b.c" };
		for (String token : tokens) {
			expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", bearer(token)),
					"invalid_token");
		}
		services.verify(0, anyRequestedFor(urlPathEqualTo("/api/cart")));
	}

	@Test
	void refusesATokenInTheWrongHeaderFormat() {
		String token = signedIn(UUID.randomUUID(), "CUSTOMER");
		for (String header : new String[] { "Token " + token, token, "Basic dXNlcjpwYXNz" }) {
			expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", header), null);
		}
		expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", "Bearer "), "invalid_token");
	}

	@Test
	void refusesACustomerOnAdminPathsWith403() {
		String token = signedIn(UUID.randomUUID(), "CUSTOMER");
		this.client.get()
			.uri("/api/admin/orders")
			.header("Authorization", bearer(token))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("FORBIDDEN");
		services.verify(0, anyRequestedFor(urlPathEqualTo("/api/admin/orders")));
	}

	@Test
	void letsAnAdminThroughToAdminPaths() {
		UUID adminId = UUID.randomUUID();
		this.client.get()
			.uri("/api/admin/orders?status=CONFIRMED")
			.header("Authorization", bearer(signedIn(adminId, "CUSTOMER", "ADMIN")))
			.exchange()
			.expectStatus()
			.isOk();
		services.verify(getRequestedFor(urlPathEqualTo("/api/admin/orders"))
			.withHeader("X-User-Id", equalTo(adminId.toString()))
			.withHeader("X-User-Roles", equalTo("CUSTOMER,ADMIN")));
	}

	@Test
	void refusesTheNextRequestAfterLogout() {
		UUID userId = UUID.randomUUID();
		UUID sessionId = UUID.randomUUID();
		session(sessionId, userId, true);
		String token = TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").build());
		this.client.get().uri("/api/cart").header("Authorization", bearer(token)).exchange().expectStatus().isOk();
		this.client.post()
			.uri("/api/auth/logout")
			.header("Authorization", bearer(token))
			.exchange()
			.expectStatus()
			.isOk();
		// auth-service ended the session while handling the logout
		session(sessionId, userId, false);
		expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", bearer(token)), "invalid_token");
		expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", bearer(token)), "invalid_token");
		services.verify(1, getRequestedFor(urlPathEqualTo("/api/cart")));
	}

	@Test
	void asksAuthServiceOnEveryRequestSoEveryGatewayInstanceSeesALogoutAtOnce() {
		UUID userId = UUID.randomUUID();
		UUID sessionId = UUID.randomUUID();
		session(sessionId, userId, true);
		String token = TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").build());
		for (int i = 0; i < 3; i++) {
			this.client.get().uri("/api/cart").header("Authorization", bearer(token)).exchange().expectStatus().isOk();
		}
		services.verify(3,
				getRequestedFor(urlEqualTo("/internal/sessions/" + sessionId))
					.withHeader("X-Api-Key", equalTo("gateway-test-key"))
					.withHeader("X-User-Id", equalTo(userId.toString()))
					.withHeader("X-Request-Id", WireMock.matching(".+")));
	}

	@Test
	void refusesAnUnknownSessionOrOneOfAnotherUser() {
		UUID userId = UUID.randomUUID();
		UUID unknown = UUID.randomUUID();
		services.stubFor(get(urlEqualTo("/internal/sessions/" + unknown)).atPriority(1).willReturn(notFound()));
		expectUnauthorized(this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(TestTokens.sign(TestTokens.claims(userId, unknown, "CUSTOMER").build()))),
				"invalid_token");
		UUID someoneElses = UUID.randomUUID();
		session(someoneElses, UUID.randomUUID(), true);
		expectUnauthorized(
				this.client.get()
					.uri("/api/cart")
					.header("Authorization",
							bearer(TestTokens.sign(TestTokens.claims(userId, someoneElses, "CUSTOMER").build()))),
				"invalid_token");
	}

	@Test
	void failsClosedWith503WhenAuthServiceCannotAnswer() {
		UUID userId = UUID.randomUUID();
		UUID broken = UUID.randomUUID();
		services.stubFor(
				get(urlEqualTo("/internal/sessions/" + broken)).atPriority(1).willReturn(aResponse().withStatus(500)));
		UUID slow = UUID.randomUUID();
		services.stubFor(get(urlEqualTo("/internal/sessions/" + slow)).atPriority(1)
			.willReturn(aResponse().withFixedDelay(1500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"sessionId\":\"" + slow + "\",\"userId\":\"" + userId + "\",\"active\":true}")));
		for (UUID sessionId : new UUID[] { broken, slow }) {
			this.client.get()
				.uri("/api/cart")
				.header("Authorization",
						bearer(TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").build())))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("SERVICE_UNAVAILABLE");
		}
		services.verify(0, anyRequestedFor(urlPathEqualTo("/api/cart")));
	}

	@Test
	void refusesAKeyTheJwksDoesNotListAndFailsClosedWhenTheJwksIsUnreachable() {
		UUID userId = UUID.randomUUID();
		UUID sessionId = UUID.randomUUID();
		session(sessionId, userId, true);
		String token = TestTokens.signWithUnknownKid(TestTokens.claims(userId, sessionId, "CUSTOMER").build());
		expectUnauthorized(this.client.get().uri("/api/cart").header("Authorization", bearer(token)), "invalid_token");
		services
			.stubFor(get(urlEqualTo("/.well-known/jwks.json")).atPriority(0).willReturn(aResponse().withStatus(503)));
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(token))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		services.verify(0, anyRequestedFor(urlPathEqualTo("/api/cart")));
	}

	@Test
	void takesTheWebSocketTokenFromTheQueryOrTheHeader() {
		String token = signedIn(UUID.randomUUID(), "CUSTOMER");
		this.client.get().uri("/api/ws/orders?access_token=" + token).exchange().expectStatus().isOk();
		this.client.get().uri("/api/ws/orders").header("Authorization", bearer(token)).exchange().expectStatus().isOk();
		expectUnauthorized(this.client.get().uri("/api/ws/orders?access_token=forged"), "invalid_token");
		expectUnauthorized(this.client.get().uri("/api/cart?access_token=" + token), "invalid_token");
	}

	@Test
	void setsTheSecurityHeaders() {
		this.client.get()
			.uri("/api/products")
			.exchange()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
	}

	private static void expectUnauthorized(WebTestClient.RequestHeadersSpec<?> request, String challenge) {
		WebTestClient.ResponseSpec response = request.exchange();
		response.expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (challenge != null) {
			response.expectHeader()
				.value("WWW-Authenticate", (value) -> assertThat(value).startsWith("Bearer").contains(challenge));
		}
		response.expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.code").isEqualTo("UNAUTHORIZED");
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}

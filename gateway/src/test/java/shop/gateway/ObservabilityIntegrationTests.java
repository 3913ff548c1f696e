package shop.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * W3C trace context through the gateway: a client's {@code traceparent} reaches the
 * service and the session check, and the gateway's problems and log lines; every route is
 * timed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends GatewayIntegrationTestSupport {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	private static final String CLIENT_SPAN = "b7ad6b7169203331";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01";

	private static final String SAME_TRACE = "00-" + TRACE_ID + "-[0-9a-f]{16}-01";

	@Test
	void passesTheClientsTraceOnToTheService() {
		this.client.get().uri("/api/products").header("traceparent", TRACEPARENT).exchange().expectStatus().isOk();
		services.verify(getRequestedFor(urlPathEqualTo("/api/products")).withHeader("traceparent", matching(SAME_TRACE))
			.withHeader("traceparent", notMatching(".*-" + CLIENT_SPAN + "-.*")));
	}

	@Test
	void startsATraceForAClientWithoutOne() {
		this.client.get().uri("/api/categories").exchange().expectStatus().isOk();
		services.verify(getRequestedFor(urlPathEqualTo("/api/categories")).withHeader("traceparent",
				matching("00-[0-9a-f]{32}-[0-9a-f]{16}-01")));
	}

	@Test
	void passesTheTraceOnToTheSessionCheckToo() {
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(signedIn(UUID.randomUUID(), "CUSTOMER")))
			.header("traceparent", TRACEPARENT)
			.exchange()
			.expectStatus()
			.isOk();
		services.verify(getRequestedFor(urlPathMatching("/internal/sessions/.*")).withHeader("traceparent",
				matching(SAME_TRACE)));
		services.verify(getRequestedFor(urlPathEqualTo("/api/cart")).withHeader("traceparent", matching(SAME_TRACE)));
	}

	@Test
	void putsTheTraceIdIntoItsProblems() {
		this.client.get()
			.uri("/api/nothing")
			.header("traceparent", TRACEPARENT)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(TRACE_ID);
		this.client.get()
			.uri("/api/cart")
			.header("traceparent", TRACEPARENT)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(TRACE_ID);
	}

	@Test
	void logsWithTheTraceIdOnWhateverThreadTheWorkContinues(CapturedOutput output) {
		UUID sessionId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		services.stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/internal/sessions/" + sessionId))
					.atPriority(1)
					.willReturn(okJson("{}").withFixedDelay(1500)));
		String token = TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").build());
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(token))
			.header("traceparent", TRACEPARENT)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(TRACE_ID);
		assertThat(output.getOut().lines().filter((line) -> line.contains("The session check failed"))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("," + TRACE_ID + ","));
	}

	@Test
	void timesEveryRoute() {
		this.client.get().uri("/api/products").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).containsPattern(
					"spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"catalog\"[^}]*status=\"OK\"[^}]*\\}"));
	}

}

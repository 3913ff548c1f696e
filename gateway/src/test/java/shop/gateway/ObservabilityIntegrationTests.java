package shop.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

import shop.common.logging.LogShippingAppender;
import shop.common.logging.LogShippingProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * W3C trace context through the gateway: a client's {@code traceparent} reaches the
 * service and the session check, and the gateway's problems, log lines and access log (as
 * shipped to log-service); every route is timed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests extends GatewayIntegrationTestSupport {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	private static final String CLIENT_SPAN = "b7ad6b7169203331";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01";

	private static final String SAME_TRACE = "00-" + TRACE_ID + "-[0-9a-f]{16}-01";

	private static final String ACCESS_LOGGER = "shop.gateway.web.AccessLogObservationHandler";

	@LocalManagementPort
	int managementPort;

	@TempDir
	Path spool;

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
	void logsWithTheTraceAndRequestIdOnWhateverThreadTheWorkContinues(CapturedOutput output) {
		UUID sessionId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		services.stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/internal/sessions/" + sessionId))
					.atPriority(1)
					.willReturn(okJson("{}").withFixedDelay(1500)));
		String token = TestTokens.sign(TestTokens.claims(userId, sessionId, "CUSTOMER").build());
		String requestId = "slow-session-" + UUID.randomUUID();
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(token))
			.header("traceparent", TRACEPARENT)
			.header("X-Request-Id", requestId)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(TRACE_ID);
		assertThat(output.getOut().lines().filter((line) -> line.contains("The session check failed"))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("[gateway," + requestId + "," + TRACE_ID + ","));
	}

	@Test
	void shipsAnAccessLogLineWithTheRequestsTraceIdAndRequestId() {
		String requestId = "access-" + UUID.randomUUID();
		List<JsonNode> shipped = shippedWhile(() -> {
			this.client.get()
				.uri("/api/products?access_token=secret-token&page=0")
				.header("traceparent", TRACEPARENT)
				.header("X-Request-Id", requestId)
				.exchange()
				.expectStatus()
				.isOk();
			this.client.get()
				.uri("/api/nothing")
				.header("traceparent", TRACEPARENT)
				.header("X-Request-Id", requestId)
				.exchange()
				.expectStatus()
				.isNotFound();
		}, requestId, 2);

		assertThat(shipped).hasSize(2).allSatisfy((event) -> {
			assertThat(event.path("service").asString()).isEqualTo("gateway");
			assertThat(event.path("level").asString()).isEqualTo("INFO");
			assertThat(event.path("traceId").asString()).isEqualTo(TRACE_ID);
			assertThat(event.path("requestId").asString()).isEqualTo(requestId);
		});
		assertThat(shipped).map((event) -> event.path("message").asString())
			.anySatisfy(
					(message) -> assertThat(message).matches("GET /api/products 200 in \\d+ ms \\(route catalog\\)"))
			.anySatisfy((message) -> assertThat(message).matches("GET /api/nothing 404 in \\d+ ms"))
			.noneSatisfy((message) -> assertThat(message).contains("secret-token"));
	}

	@Test
	void logsEveryRequestOnceButNoProbesOrScrapes(CapturedOutput output) {
		String requestId = "access-" + UUID.randomUUID();
		this.client.get().uri("/api/categories").header("X-Request-Id", requestId).exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/health").header("X-Request-Id", requestId).exchange().expectStatus().isOk();
		management().get()
			.uri("/actuator/prometheus")
			.header("X-Request-Id", requestId)
			.exchange()
			.expectStatus()
			.isOk();

		List<String> lines = awaitLines(output, requestId, 1);
		assertThat(lines).singleElement()
			.satisfies((line) -> assertThat(line).contains("[gateway," + requestId + ",")
				.containsPattern("GET /api/categories 200 in \\d+ ms \\(route catalog\\)"));
	}

	@Test
	void timesEveryRoute() {
		this.client.get().uri("/api/products").exchange().expectStatus().isOk();
		management().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).containsPattern(
					"spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"catalog\"[^}]*status=\"OK\"[^}]*\\}"));
	}

	@Test
	void timesTheSessionChecksApartFromTheRoutedCalls(CapturedOutput output) {
		this.client.get()
			.uri("/api/cart")
			.header("Authorization", bearer(signedIn(UUID.randomUUID(), "CUSTOMER")))
			.exchange()
			.expectStatus()
			.isOk();
		management().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics)
				.containsPattern("gateway_session_checks_seconds_count\\{[^}]*status=\"200\"[^}]*\\}")
				.containsPattern(
						"http_client_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id=\"cart\"[^}]*\\}"));
		assertThat(output.getOut()).doesNotContain("Prometheus requires that all meters with the same name");
	}

	private WebTestClient management() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
	}

	/**
	 * Ships the gateway's log events to the WireMock standing in for log-service while
	 * {@code requests} run, as the fleet does (the real appender, the real batches), and
	 * answers the access log events of {@code requestId} once {@code expected} arrived.
	 */
	private List<JsonNode> shippedWhile(Runnable requests, String requestId, int expected) {
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		LogShippingAppender shipper = new LogShippingAppender("gateway",
				new LogShippingProperties(true, services.baseUrl(), "gateway-test-key", "log-service", "INFO", 50, 1000,
						Duration.ofMillis(100), this.spool.toString(), DataSize.ofMegabytes(1), Duration.ofSeconds(1),
						Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2)));
		shipper.setContext(logback);
		shipper.start();
		root.addAppender(shipper);
		try {
			requests.run();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			List<JsonNode> events = accessEvents(requestId);
			while (events.size() < expected && System.nanoTime() < deadline) {
				sleep(100);
				events = accessEvents(requestId);
			}
			return events;
		}
		finally {
			root.detachAppender(shipper);
			shipper.stop();
		}
	}

	private static List<JsonNode> accessEvents(String requestId) {
		return services.findAll(postRequestedFor(urlEqualTo("/internal/logs")))
			.stream()
			.flatMap((batch) -> StreamSupport
				.stream(JSON.readTree(batch.getBodyAsString()).path("events").spliterator(), false))
			.filter((event) -> ACCESS_LOGGER.equals(event.path("logger").asString()))
			.filter((event) -> requestId.equals(event.path("requestId").asString()))
			.toList();
	}

	/**
	 * The access log lines of a request id, once {@code expected} were written (the line
	 * follows the response, so it may come a moment after the client has it).
	 */
	private static List<String> awaitLines(CapturedOutput output, String requestId, int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> lines = accessLines(output, requestId);
		while (lines.size() < expected && System.nanoTime() < deadline) {
			sleep(100);
			lines = accessLines(output, requestId);
		}
		// a moment more: a line too many would show now
		sleep(300);
		return accessLines(output, requestId);
	}

	private static List<String> accessLines(CapturedOutput output, String requestId) {
		return output.getOut()
			.lines()
			.filter((line) -> line.contains("AccessLogObservationHandler") && line.contains(requestId))
			.toList();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package shop.cart;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import shop.common.test.Http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * W3C trace context through cart-service: a client's {@code traceparent} continues into
 * its Feign calls, its log lines and its problem details.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingIntegrationTests extends CartTestSupport {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	@Autowired
	private ApplicationContext context;

	@Test
	void passesTheClientsTraceOnToTheServicesItCalls() {
		Product cable = Product.of("USB cable", "19.99");
		servicesKnow(cable);
		HttpResponse<String> added = addItem(cable, TRACEPARENT);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		String sameTrace = "00-" + TRACE_ID + "-[0-9a-f]{16}-01";
		services.verify(postRequestedFor(urlPathEqualTo("/internal/products/lookup")).withHeader("traceparent",
				matching(sameTrace)));
		services.verify(postRequestedFor(urlPathEqualTo("/internal/prices/lookup")).withHeader("traceparent",
				matching(sameTrace)));
		services.verify(putRequestedFor(urlPathMatching("/internal/reservations/.*")).withHeader("traceparent",
				matching(sameTrace)));
	}

	@Test
	void startsATraceOfItsOwnWithoutOne() {
		Product cable = Product.of("HDMI cable", "9.99");
		servicesKnow(cable);
		assertThat(addItem(cable, null).statusCode()).isEqualTo(201);
		services.verify(postRequestedFor(urlPathEqualTo("/internal/products/lookup")).withHeader("traceparent",
				matching("00-(?!" + TRACE_ID + ")[0-9a-f]{32}-[0-9a-f]{16}-01")));
	}

	@Test
	void writesTheTraceIdIntoLogLinesAndProblems(CapturedOutput output) {
		Product cable = Product.of("Network cable", "4.99");
		services.stubFor(post(urlPathEqualTo("/internal/products/lookup")).willReturn(aResponse().withStatus(500)));
		HttpResponse<String> unavailable = addItem(cable, TRACEPARENT);
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.body()).contains("\"traceId\":\"" + TRACE_ID + "\"");
		assertThat(output.getOut().lines().filter((line) -> line.contains("catalog-service could not be reached")))
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("," + TRACE_ID + ","));
	}

	@Test
	void putsTheTraceIdIntoProblemsOfTheSecurityChainAndOfValidation() {
		HttpResponse<String> unauthorized = Http.get(url("/api/cart"), "traceparent", TRACEPARENT);
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.body()).contains("\"traceId\":\"" + TRACE_ID + "\"");
		HttpResponse<String> invalid = Http.post(url("/api/cart/items"), "{\"quantity\":0}", "Authorization",
				bearer(UUID.randomUUID()), "traceparent", TRACEPARENT);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"traceId\":\"" + TRACE_ID + "\"");
		HttpResponse<String> unknown = Http.get(url("/api/cart/nothing/here"), "Authorization",
				bearer(UUID.randomUUID()), "traceparent", TRACEPARENT);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("\"traceId\":\"" + TRACE_ID + "\"");
	}

	@Test
	void logsTheLockAndCheckOutOfACartOnceInTheTraceOfTheOrdersCalls(CapturedOutput output) {
		Product cable = Product.of("Patch cable", "2.99");
		servicesKnow(cable);
		UUID userId = UUID.randomUUID();
		HttpResponse<String> added = Http.post(url("/api/cart/items"),
				"{\"productId\":\"" + cable.id() + "\",\"quantity\":3}", "Authorization", bearer(userId));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		UUID orderId = UUID.randomUUID();
		String lock = "{\"userId\":\"" + userId + "\",\"orderId\":\"" + orderId + "\"}";

		HttpResponse<String> locked = internal("/internal/carts/lock", lock);
		assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
		assertThat(internal("/internal/carts/lock", lock).statusCode()).as("a repeat").isEqualTo(200);
		String cartId = JsonMapper.builder().build().readTree(locked.body()).path("cartId").asString();
		String order = "{\"orderId\":\"" + orderId + "\"}";
		assertThat(internal("/internal/carts/" + cartId + "/checkout", order).statusCode()).isEqualTo(200);
		assertThat(internal("/internal/carts/" + cartId + "/checkout", order).statusCode()).as("a repeat")
			.isEqualTo(200);

		assertThat(output.getOut().lines().filter((line) -> line.contains("Cart " + cartId + " "))).satisfiesExactly(
				(line) -> assertThat(line)
					.contains("Cart " + cartId + " locked for checkout of order " + orderId + " (1 lines)")
					.contains("," + TRACE_ID + ","),
				(line) -> assertThat(line).contains("Cart " + cartId + " checked out by order " + orderId)
					.contains("," + TRACE_ID + ","));
	}

	@Test
	void exportsNoSpansWithoutACollector() {
		assertThat(this.context.getBeansOfType(Tracer.class)).isNotEmpty();
		assertThat(this.context.getBeanNamesForType(SpanExporter.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(io.micrometer.registry.otlp.OtlpMeterRegistry.class)).isEmpty();
	}

	private HttpResponse<String> addItem(Product product, String traceparent) {
		String body = "{\"productId\":\"" + product.id() + "\",\"quantity\":1}";
		String token = bearer(UUID.randomUUID());
		return (traceparent != null)
				? Http.post(url("/api/cart/items"), body, "Authorization", token, "traceparent", traceparent)
				: Http.post(url("/api/cart/items"), body, "Authorization", token);
	}

	/**
	 * A call of orders-service within the trace of the shopper's request.
	 */
	private HttpResponse<String> internal(String path, String body) {
		return Http.post(url(path), body, "X-Api-Key", "orders-key", "traceparent", TRACEPARENT);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

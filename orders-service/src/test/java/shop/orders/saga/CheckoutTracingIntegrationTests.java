package shop.orders.saga;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import shop.common.test.Http;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * W3C trace context through the checkout: the trace of the shopper's request continues in
 * every call the saga makes to cart, fulfillment and payment (Feign observations) and in
 * orders-service's log lines of that request.
 */
@ExtendWith(OutputCaptureExtension.class)
class CheckoutTracingIntegrationTests extends OrdersIntegrationTestSupport {

	private static final String PLACE_TRACE = "5f3c2a1b0e9d8c7b6a5f4e3d2c1b0a99";

	private static final String CONFIRM_TRACE = "0123456789abcdef0123456789abcdef";

	@Test
	void carriesEachRequestsTraceIntoTheSagasCallsAndLogLines(CapturedOutput output) {
		UUID userId = UUID.randomUUID();
		HttpResponse<String> placed = Http.post(url("/api/orders"), standardDelivery(), "Authorization", bearer(userId),
				"Idempotency-Key", UUID.randomUUID().toString(), "traceparent", traceparent(PLACE_TRACE));
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		UUID orderId = UUID.fromString(json(placed).path("orderId").asString());
		HttpResponse<String> confirmed = Http.post(url("/api/orders/" + orderId + "/confirm"), "", "Authorization",
				bearer(userId), "traceparent", traceparent(CONFIRM_TRACE));
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

		fleet.verify(getRequestedFor(urlPathEqualTo("/internal/users/" + userId)).withHeader("traceparent",
				matching(sameTrace(PLACE_TRACE))));
		for (SagaStep step : List.of(SagaStep.LOCK_CART, SagaStep.CREATE_PAYMENT)) {
			assertCalledInTrace(orderId, step, PLACE_TRACE);
		}
		// the quote is a read without an idempotency key: found by its trace
		fleet.verify(postRequestedFor(urlEqualTo("/internal/shipping/quotes")).withHeader("traceparent",
				matching(sameTrace(PLACE_TRACE))));
		for (SagaStep step : List.of(SagaStep.CAPTURE_PAYMENT, SagaStep.COMMIT_STOCK, SagaStep.CHECKOUT_CART)) {
			assertCalledInTrace(orderId, step, CONFIRM_TRACE);
		}
		assertThat(linesAbout(output, orderId)).filteredOn((line) -> line.contains("checkout saga started"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("," + PLACE_TRACE + "," + userId + "]"));
		assertThat(linesAbout(output, orderId)).filteredOn((line) -> line.contains("LOCK_CART attempt 1 SUCCEEDED"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("," + PLACE_TRACE + ","));
		assertThat(linesAbout(output, orderId)).filteredOn((line) -> line.contains("CHECKOUT_CART attempt 1 SUCCEEDED"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("," + CONFIRM_TRACE + ",").contains("saga CONFIRMED"));
	}

	private static void assertCalledInTrace(UUID orderId, SagaStep step, String traceId) {
		assertThat(fleet
			.findAll(anyRequestedFor(anyUrl()).withHeader("Idempotency-Key", equalTo(step.idempotencyKey(orderId)))))
			.as("%s calls", step)
			.isNotEmpty()
			.allSatisfy((call) -> assertThat(call.getHeader("traceparent")).as("%s traceparent", step)
				.matches(sameTrace(traceId)));
	}

	private static List<String> linesAbout(CapturedOutput output, UUID orderId) {
		return output.getOut().lines().filter((line) -> line.contains("Order " + orderId + ":")).toList();
	}

	private static String traceparent(String traceId) {
		return "00-" + traceId + "-00f067aa0ba902b7-01";
	}

	private static String sameTrace(String traceId) {
		return "00-" + traceId + "-[0-9a-f]{16}-01";
	}

}

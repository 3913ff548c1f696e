package shop.orders.saga;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;

import shop.orders.support.FleetStubs;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four invariants of DESIGN.md §4 under duplicates, timeouts, failures, crashes and
 * concurrent workers: no double charge, no money without goods, no stuck cart.
 */
class SagaInvariantsIntegrationTests extends OrdersIntegrationTestSupport {

	@Autowired
	Resilience4JCircuitBreakerFactory circuitBreakers;

	@Test
	void capturesOnceWhenTheSameConfirmArrivesTwentyTimesAtOnce() throws Exception {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		fleet.stubFor(post(urlEqualTo("/internal/payments/" + orderId + "/capture")).atPriority(1)
			.willReturn(okJson(FleetStubs.CAPTURED).withFixedDelay(300)));

		List<HttpResponse<String>> responses = concurrently(20, () -> confirm(userId, orderId));

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(json(response).path("status").asString()).isEqualTo("CONFIRMED");
		});
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/commits")), orderId))).isEqualTo(1);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/checkout")))).isEqualTo(1);
		assertThat(stepLog(orderId)).filteredOn((entry) -> entry.startsWith("CAPTURE_PAYMENT"))
			.containsExactly("CAPTURE_PAYMENT:SUCCEEDED");
		assertThat(orderStatus(orderId)).isEqualTo("CONFIRMED");
	}

	@Test
	void capturesOnceWhenACaptureTimesOutAndIsRetried() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		String capture = "/internal/payments/" + orderId + "/capture";
		fleet.stubFor(post(urlEqualTo(capture)).atPriority(1)
			.inScenario("slow capture " + orderId)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("answered late")
			.willReturn(okJson(FleetStubs.CAPTURED).withFixedDelay(2500)));
		fleet.stubFor(post(urlEqualTo(capture)).atPriority(1)
			.inScenario("slow capture " + orderId)
			.whenScenarioStateIs("answered late")
			.willReturn(okJson(FleetStubs.CAPTURED)));

		HttpResponse<String> confirmed = confirm(userId, orderId);

		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(json(confirmed).path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(2);
		assertThat(count(
				paymentCall(orderId, "capture").withHeader("Idempotency-Key", equalTo(orderId + ":capture-payment"))))
			.as("every attempt carries the same key, so payment-service captures once")
			.isEqualTo(2);
		assertThat(stepLog(orderId)).filteredOn((entry) -> entry.startsWith("CAPTURE_PAYMENT"))
			.containsExactly("CAPTURE_PAYMENT:UNAVAILABLE", "CAPTURE_PAYMENT:SUCCEEDED");
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/commits")), orderId))).isEqualTo(1);
	}

	@Test
	void refundsAndUnlocksTheCartWhenTheStockCannotBeCommittedAfterTheCapture() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		fleet.stubFor(post(urlEqualTo("/internal/stock/commits")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString())))
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(problemBody(409, "OUT_OF_STOCK"))));

		HttpResponse<String> refused = confirm(userId, orderId);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json(refused).path("code").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(json(refused).path("refunded").asBoolean()).isTrue();
		assertThat(orderStatus(orderId)).isEqualTo("FAILED");
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(1);
		assertThat(count(
				paymentCall(orderId, "refund").withHeader("Idempotency-Key", equalTo(orderId + ":refund-payment"))))
			.isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")), orderId)))
			.isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/restorations")), orderId))).isZero();
		assertThat(count(paymentCall(orderId, "void"))).isZero();
		JsonNode order = json(getOrder(userId, orderId));
		assertThat(order.path("payment").path("status").asString()).isEqualTo("REFUNDED");
		assertThat(order.path("history").findValuesAsString("status")).endsWith("PAYMENT_CAPTURED", "FAILED");
		assertThat(confirm(userId, orderId).statusCode()).as("the stored outcome answers a repeat").isEqualTo(409);
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(1);
	}

	@Test
	void finishesAnOrderWhenTheProcessStoppedRightAfterTheCapture() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		this.crashes.crashAfter(orderId, SagaStep.CAPTURE_PAYMENT);

		HttpResponse<String> crashed = confirm(userId, orderId);

		assertThat(crashed.statusCode()).isEqualTo(500);
		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_CAPTURED");
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/commits")), orderId))).isZero();

		recoverAll();

		assertThat(orderStatus(orderId)).isEqualTo("CONFIRMED");
		assertThat(sagaState(orderId)).isEqualTo("CONFIRMED");
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/commits")), orderId))).isEqualTo(1);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/checkout")))).isEqualTo(1);
		HttpResponse<String> repeated = confirm(userId, orderId);
		assertThat(repeated.statusCode()).isEqualTo(200);
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(1);
	}

	@Test
	void cancelsAndUnlocksTheCartWhenThePaymentIsNotConfirmedInTime() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		this.clock.advance(Duration.ofMinutes(29));
		recoverAll();
		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_PENDING");

		this.clock.advance(Duration.ofMinutes(2));
		recoverAll();

		assertThat(orderStatus(orderId)).isEqualTo("CANCELLED");
		assertThat(
				count(paymentCall(orderId, "void").withHeader("Idempotency-Key", equalTo(orderId + ":void-payment"))))
			.isEqualTo(1);
		assertThat(count(deleteRequestedFor(urlEqualTo("/internal/reservations/" + userId)))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")), orderId)))
			.isEqualTo(1);
		assertThat(count(paymentCall(orderId, "capture"))).isZero();
		HttpResponse<String> late = confirm(userId, orderId);
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(json(late).path("code").asString()).isEqualTo("APPROVAL_EXPIRED");
	}

	@Test
	void neverRunsAStepTwiceWhenTwoRecoveryWorkersShareTheDueSagas() throws Exception {
		List<UUID> users = new ArrayList<>();
		List<UUID> orders = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID userId = UUID.randomUUID();
			users.add(userId);
			orders.add(checkout(userId));
		}
		fleet.stubFor(post(urlPathMatching("/internal/payments/[^/]+/void")).atPriority(5)
			.willReturn(okJson("{\"paymentId\": \"{{request.pathSegments.[2]}}\", \"status\": \"VOIDED\"}")
				.withFixedDelay(150)));
		this.clock.advance(Duration.ofMinutes(31));

		concurrently(2, () -> {
			recoverAll();
			return null;
		});
		recoverAll();

		for (int i = 0; i < orders.size(); i++) {
			UUID orderId = orders.get(i);
			UUID userId = users.get(i);
			assertThat(orderStatus(orderId)).isEqualTo("CANCELLED");
			assertThat(count(paymentCall(orderId, "void"))).isEqualTo(1);
			assertThat(count(deleteRequestedFor(urlEqualTo("/internal/reservations/" + userId)))).isEqualTo(1);
			assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")))).isEqualTo(1);
			assertThat(stepLog(orderId)).filteredOn((entry) -> !entry.endsWith(":NOTED"))
				.endsWith("VOID_PAYMENT:SUCCEEDED", "RELEASE_STOCK:SUCCEEDED", "UNLOCK_CART:SUCCEEDED")
				.doesNotHaveDuplicates();
		}
	}

	@Test
	void refusesToConfirmAnUnapprovedPaymentAndChangesNothing() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		fleet.stubFor(get(urlEqualTo("/internal/payments/" + orderId)).atPriority(1)
			.willReturn(okJson("{\"paymentId\": \"" + orderId + "\", \"status\": \"CREATED\"}")));
		List<String> logBefore = stepLog(orderId);

		HttpResponse<String> refused = confirm(userId, orderId);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json(refused).path("code").asString()).isEqualTo("PAYMENT_NOT_APPROVED");
		assertThat(json(refused).path("approvalUrl").asString()).contains(orderId.toString());
		assertThat(count(paymentCall(orderId, "capture"))).isZero();
		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_PENDING");
		assertThat(stepLog(orderId)).isEqualTo(logBefore);
	}

	@Test
	void waitsForApprovalAgainWhenTheCaptureSaysItWasNotApproved() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		var notApproved = fleet.stubFor(post(urlEqualTo("/internal/payments/" + orderId + "/capture")).atPriority(1)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(problemBody(409, "PAYMENT_NOT_APPROVED"))));

		HttpResponse<String> refused = confirm(userId, orderId);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json(refused).path("code").asString()).isEqualTo("PAYMENT_NOT_APPROVED");
		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_PENDING");
		assertThat(sagaState(orderId)).isEqualTo("PAYMENT_PENDING");

		fleet.removeStub(notApproved);
		HttpResponse<String> confirmed = confirm(userId, orderId);

		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		assertThat(json(confirmed).path("status").asString()).isEqualTo("CONFIRMED");
	}

	@Test
	void refundsAPaymentFoundCapturedWhenTheCaptureKeepsFailing() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		fleet.stubFor(post(urlEqualTo("/internal/payments/" + orderId + "/capture")).atPriority(1)
			.willReturn(aResponse().withStatus(503)));
		fleet.stubFor(post(urlEqualTo("/internal/payments/" + orderId + "/void")).atPriority(1)
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(problemBody(409, "PAYMENT_ALREADY_CAPTURED"))));
		fleet.stubFor(get(urlEqualTo("/internal/payments/" + orderId)).atPriority(1)
			.willReturn(okJson("{\"paymentId\": \"" + orderId + "\", \"status\": \"CAPTURED\"}")));

		HttpResponse<String> failed = confirm(userId, orderId);

		assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
		assertThat(json(failed).path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(orderStatus(orderId)).isEqualTo("FAILED");
		assertThat(count(paymentCall(orderId, "capture"))).isEqualTo(4);
		assertThat(count(paymentCall(orderId, "refund"))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")), orderId)))
			.isEqualTo(1);
		assertThat(stepLog(orderId)).filteredOn((entry) -> !entry.endsWith(":NOTED"))
			.endsWith("VOID_PAYMENT:SUCCEEDED", "REFUND_PAYMENT:SUCCEEDED", "UNLOCK_CART:SUCCEEDED");
	}

	@Test
	void retriesAStepWhileItsServicesCircuitBreakerIsOpen() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		CircuitBreaker fulfillment = this.circuitBreakers.getCircuitBreakerRegistry()
			.find("fulfillment-service")
			.orElseThrow();
		AtomicInteger refused = new AtomicInteger();
		fulfillment.getEventPublisher().onCallNotPermitted((event) -> {
			if (refused.incrementAndGet() == 1) {
				fulfillment.transitionToClosedState();
			}
		});
		fulfillment.transitionToOpenState();
		try {
			HttpResponse<String> confirmed = confirm(userId, orderId);

			assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
			assertThat(json(confirmed).path("status").asString()).isEqualTo("CONFIRMED");
		}
		finally {
			fulfillment.transitionToClosedState();
		}
		assertThat(refused).hasValue(1);
		assertThat(stepLog(orderId)).filteredOn((entry) -> entry.startsWith("COMMIT_STOCK"))
			.containsExactly("COMMIT_STOCK:UNAVAILABLE", "COMMIT_STOCK:SUCCEEDED");
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/commits")), orderId))).isEqualTo(1);
	}

	private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
			for (int i = 0; i < callers; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}

package shop.orders.saga;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.test.Http;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's counters as Prometheus scrapes them (the names the dashboard queries), after
 * real saga runs: each saga counts once, at the transition that counts.
 */
class SagaMetricsIntegrationTests extends OrdersIntegrationTestSupport {

	@Test
	void countsACheckoutStartedAndConfirmedOnceHoweverOftenItsRequestsAreRepeated() {
		Metrics before = scrape();
		UUID userId = UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String body = standardDelivery();
		HttpResponse<String> placed = placeOrder(userId, key, body);
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		UUID orderId = UUID.fromString(json(placed).path("orderId").asString());
		assertThat(placeOrder(userId, key, body).statusCode()).isEqualTo(200);
		Metrics placedOnly = scrape();
		assertThat(placedOnly.increase(before, "orders_saga_started_total")).isEqualTo(1);
		assertThat(placedOnly.increase(before, "orders_saga_confirmed_total")).isZero();

		assertThat(confirm(userId, orderId).statusCode()).isEqualTo(200);
		assertThat(confirm(userId, orderId).statusCode()).isEqualTo(200);

		Metrics after = scrape();
		assertThat(after.increase(before, "orders_saga_started_total")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_confirmed_total")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_compensated_total")).isZero();
		assertThat(after.increase(before, "orders_saga_steps_total", "step", "CAPTURE_PAYMENT", "outcome", "SUCCEEDED"))
			.isEqualTo(1);
	}

	@Test
	void countsACompensatedSagaByTheStepThatFailed() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		fleet.stubFor(post(urlEqualTo("/internal/stock/commits")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString())))
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(problemBody(409, "OUT_OF_STOCK"))));
		Metrics before = scrape();

		assertThat(confirm(userId, orderId).statusCode()).isEqualTo(409);
		assertThat(confirm(userId, orderId).statusCode()).as("the stored outcome answers a repeat").isEqualTo(409);

		Metrics after = scrape();
		assertThat(orderStatus(orderId)).isEqualTo("FAILED");
		assertThat(after.increase(before, "orders_saga_compensated_total", "step", "COMMIT_STOCK")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_compensated_total")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_confirmed_total")).isZero();
	}

	@Test
	void countsASagaItsShopperCancelledAsCompensatedByTheCancellation() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		Metrics before = scrape();

		assertThat(cancel(userId, orderId).statusCode()).isEqualTo(200);
		assertThat(cancel(userId, orderId).statusCode()).isEqualTo(200);

		assertThat(orderStatus(orderId)).isEqualTo("CANCELLED");
		Metrics after = scrape();
		assertThat(after.increase(before, "orders_saga_compensated_total", "step", "CANCEL_REQUESTED")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_compensated_total")).isEqualTo(1);
	}

	@Test
	void countsASagaTheRecoveryWorkerResumedAtTheStepItResumedAt() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);
		this.crashes.crashAfter(orderId, SagaStep.CAPTURE_PAYMENT);
		assertThat(confirm(userId, orderId).statusCode()).isEqualTo(500);
		Metrics before = scrape();

		recoverAll();

		assertThat(orderStatus(orderId)).isEqualTo("CONFIRMED");
		Metrics after = scrape();
		assertThat(after.increase(before, "orders_saga_recovered_total", "step", "COMMIT_STOCK")).isEqualTo(1);
		assertThat(after.increase(before, "orders_saga_confirmed_total")).isEqualTo(1);
	}

	private Metrics scrape() {
		HttpResponse<String> response = Http.get(url("/actuator/prometheus"));
		assertThat(response.statusCode()).isEqualTo(200);
		return new Metrics(response.body());
	}

	/**
	 * One Prometheus scrape.
	 */
	record Metrics(String text) {

		/**
		 * The sum of every series of {@code name} with the given labels (name, value,
		 * ...).
		 */
		double sum(String name, String... labels) {
			return this.text.lines()
				.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
				.filter((line) -> hasLabels(line, labels))
				.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}

		double increase(Metrics before, String name, String... labels) {
			return sum(name, labels) - before.sum(name, labels);
		}

		private static boolean hasLabels(String line, String... labels) {
			Map<String, String> wanted = new java.util.LinkedHashMap<>();
			for (int i = 0; i < labels.length; i += 2) {
				wanted.put(labels[i], labels[i + 1]);
			}
			return wanted.entrySet()
				.stream()
				.allMatch((label) -> line.contains(label.getKey() + "=\"" + label.getValue() + "\""));
		}

	}

}

package shop.rating.rating;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import shop.common.outbox.OutboxStore;
import shop.common.test.Http;
import shop.common.test.TestKeys;
import shop.rating.RatingServiceTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RatingIntegrationTests extends RatingServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String READ_MODEL = "/internal/read-model/ratings";

	@Autowired
	OutboxStore outbox;

	private final UUID user = UUID.randomUUID();

	private final String token = "Bearer " + TestKeys.token(this.user, "CUSTOMER");

	@BeforeEach
	void catalogTakesChanges() {
		OTHERS.stubFor(post(urlEqualTo(READ_MODEL)).willReturn(aResponse().withStatus(204)));
	}

	@Test
	void ratesProductsOfDeliveredOrdersAndListsThemNewestFirstWithTheirSummary() {
		UUID product = UUID.randomUUID();
		String comment = "<script>alert('x')</script> \"great\" & fast";
		UUID first = deliveredOrder(product);
		UUID second = deliveredOrder(product);
		UUID third = deliveredOrder(product);

		HttpResponse<String> created = rate(first, product, 5, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode rating = JSON.readTree(created.body());
		assertThat(rating.get("ratingId").asString()).isNotBlank();
		assertThat(rating.get("orderId").asString()).isEqualTo(first.toString());
		assertThat(rating.get("stars").asInt()).isEqualTo(5);
		assertThat(rate(second, product, 3, "ok").statusCode()).isEqualTo(201);
		assertThat(rate(third, product, 4, comment).statusCode()).isEqualTo(201);

		HttpResponse<String> page = Http.get(url("/api/products/" + product + "/ratings?size=2"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode body = JSON.readTree(page.body());
		assertThat(body.get("count").asLong()).isEqualTo(3);
		assertThat(body.get("average").decimalValue()).isEqualByComparingTo("4.00");
		assertThat(body.get("histogram").get("1").asLong()).isZero();
		assertThat(body.get("histogram").get("3").asLong()).isEqualTo(1);
		assertThat(body.get("histogram").get("4").asLong()).isEqualTo(1);
		assertThat(body.get("histogram").get("5").asLong()).isEqualTo(1);
		assertThat(body.get("totalItems").asLong()).isEqualTo(3);
		assertThat(body.get("totalPages").asInt()).isEqualTo(2);
		assertThat(body.get("items")).hasSize(2);
		assertThat(body.get("items").get(0).get("stars").asInt()).isEqualTo(4);
		assertThat(body.get("items").get(0).get("comment").asString()).isEqualTo(comment);
		assertThat(body.get("items").get(1).get("stars").asInt()).isEqualTo(3);
		assertThat(body.get("items").get(0).has("userId")).isFalse();

		OTHERS.verify(getRequestedFor(urlPathEqualTo("/internal/orders/" + first + "/rating-eligibility"))
			.withQueryParam("userId", equalTo(this.user.toString()))
			.withQueryParam("productId", equalTo(product.toString()))
			.withHeader("X-Api-Key", equalTo("rating-key")));
	}

	@Test
	void answersAnEmptySummaryForAProductNobodyRated() {
		JsonNode body = JSON.readTree(Http.get(url("/api/products/" + UUID.randomUUID() + "/ratings")).body());
		assertThat(body.get("count").asLong()).isZero();
		assertThat(body.get("average").decimalValue()).isEqualByComparingTo("0");
		assertThat(body.get("items")).isEmpty();
	}

	@Test
	void refusesASecondRatingOfTheSameOrderAndProductWith409() {
		UUID product = UUID.randomUUID();
		UUID order = deliveredOrder(product);
		assertThat(rate(order, product, 4, null).statusCode()).isEqualTo(201);

		HttpResponse<String> again = rate(order, product, 2, "changed my mind");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(again.body()).get("code").asString()).isEqualTo("ALREADY_RATED");
		JsonNode body = JSON.readTree(Http.get(url("/api/products/" + product + "/ratings")).body());
		assertThat(body.get("count").asLong()).isEqualTo(1);
		assertThat(body.get("average").decimalValue()).isEqualByComparingTo("4");
	}

	@Test
	void refusesOrdersThatAreNotDeliveredWith422() {
		UUID product = UUID.randomUUID();
		UUID order = order(product, true, "SHIPPED", true, false);

		HttpResponse<String> response = rate(order, product, 5, null);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("ORDER_NOT_DELIVERED");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void refusesProductsTheOrderDoesNotContainWith422() {
		UUID product = UUID.randomUUID();
		UUID order = order(product, true, "DELIVERED", false, false);

		HttpResponse<String> response = rate(order, product, 5, null);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("PRODUCT_NOT_IN_ORDER");
	}

	@Test
	void answersAnotherUsersOrderAndAnUnknownOrderAlikeWith422() {
		UUID product = UUID.randomUUID();
		UUID othersOrder = order(product, false, "DELIVERED", true, false);
		UUID unknownOrder = UUID.randomUUID();
		OTHERS.stubFor(get(urlPathEqualTo("/internal/orders/" + unknownOrder + "/rating-eligibility"))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"status\":404,\"code\":\"NOT_FOUND\"}")));

		HttpResponse<String> others = rate(othersOrder, product, 5, null);
		HttpResponse<String> unknown = rate(unknownOrder, product, 5, null);

		assertThat(others.statusCode()).isEqualTo(422);
		assertThat(unknown.statusCode()).isEqualTo(422);
		JsonNode othersBody = JSON.readTree(others.body());
		JsonNode unknownBody = JSON.readTree(unknown.body());
		assertThat(othersBody.get("code").asString()).isEqualTo("ORDER_NOT_RATEABLE");
		assertThat(othersBody.get("detail")).isEqualTo(unknownBody.get("detail"));
	}

	@Test
	void rejectsStarsOutsideOneToFiveAndOverlongCommentsWith400BeforeAskingOrders() {
		UUID product = UUID.randomUUID();
		UUID order = deliveredOrder(product);

		for (int stars : new int[] { 0, 6, -1 }) {
			HttpResponse<String> response = rate(order, product, stars, null);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("stars");
		}
		HttpResponse<String> overlong = rate(order, product, 5, "x".repeat(2001));
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(overlong.body()).get("errors").get(0).get("field").asString()).isEqualTo("comment");
		HttpResponse<String> noProduct = Http.post(url("/api/orders/" + order + "/rate"), "{\"stars\":3}",
				"Authorization", this.token);
		assertThat(noProduct.statusCode()).isEqualTo(400);

		OTHERS.verify(0, getRequestedFor(urlPathEqualTo("/internal/orders/" + order + "/rating-eligibility")));
		assertThat(rate(order, product, 5, "x".repeat(2000)).statusCode()).isEqualTo(201);
	}

	@Test
	void requiresAnAccessTokenToRate() {
		UUID product = UUID.randomUUID();
		HttpResponse<String> response = Http.post(url("/api/orders/" + deliveredOrder(product) + "/rate"),
				"{\"productId\":\"" + product + "\",\"stars\":5}");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void answers503WhenOrdersCannotTell() {
		UUID product = UUID.randomUUID();
		UUID failing = UUID.randomUUID();
		UUID unreachable = UUID.randomUUID();
		OTHERS.stubFor(get(urlPathEqualTo("/internal/orders/" + failing + "/rating-eligibility"))
			.willReturn(aResponse().withStatus(500)));
		OTHERS.stubFor(get(urlPathEqualTo("/internal/orders/" + unreachable + "/rating-eligibility"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThat(rate(failing, product, 5, null).statusCode()).isEqualTo(503);
		assertThat(rate(unreachable, product, 5, null).statusCode()).isEqualTo(503);
	}

	@Test
	void countsEveryOneOfConcurrentRatingsOfOneProduct() throws Exception {
		UUID product = UUID.randomUUID();
		List<UUID> orders = IntStream.range(0, 12).mapToObj((i) -> deliveredOrder(product)).toList();
		List<Callable<Integer>> calls = orders.stream()
			.<Callable<Integer>>map(
					(order) -> () -> rate(order, product, 1 + orders.indexOf(order) % 5, null).statusCode())
			.toList();

		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<Integer> status : executor.invokeAll(calls)) {
				assertThat(status.get()).isEqualTo(201);
			}
		}

		JsonNode body = JSON.readTree(Http.get(url("/api/products/" + product + "/ratings")).body());
		assertThat(body.get("count").asLong()).isEqualTo(12);
		long histogramTotal = 0;
		for (int stars = 1; stars <= 5; stars++) {
			histogramTotal += body.get("histogram").get(Integer.toString(stars)).asLong();
		}
		assertThat(histogramTotal).isEqualTo(12);
	}

	@Test
	void feedsTheNewSummaryToCatalogThroughTheOutboxRetryingWhileCatalogFails() {
		UUID product = UUID.randomUUID();
		OTHERS.stubFor(post(urlEqualTo(READ_MODEL)).atPriority(1)
			.withRequestBody(containing(product.toString()))
			.inScenario("catalog-" + product)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		OTHERS.stubFor(post(urlEqualTo(READ_MODEL)).atPriority(1)
			.withRequestBody(containing(product.toString()))
			.inScenario("catalog-" + product)
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(204)));

		assertThat(rate(deliveredOrder(product), product, 4, null).statusCode()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(15))
			.until(() -> OTHERS
				.findAll(postRequestedFor(urlEqualTo(READ_MODEL)).withRequestBody(containing(product.toString())))
				.size() >= 2);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.outbox.findAll()
				.stream()
				.noneMatch((message) -> message.payload().contains(product.toString())));
		JsonNode sent = JSON.readTree(
				OTHERS.findAll(postRequestedFor(urlEqualTo(READ_MODEL)).withRequestBody(containing(product.toString())))
					.getLast()
					.getBodyAsString());
		JsonNode change = null;
		for (JsonNode candidate : sent.get("changes")) {
			if (candidate.get("productId").asString().equals(product.toString())) {
				change = candidate;
			}
		}
		assertThat(change).isNotNull();
		assertThat(change.get("count").asLong()).isEqualTo(1);
		assertThat(change.get("average").decimalValue()).isEqualByComparingTo("4");
		assertThat(change.get("changedAt").asString()).isNotBlank();
	}

	private UUID deliveredOrder(UUID product) {
		return order(product, true, "DELIVERED", true, true);
	}

	private UUID order(UUID product, boolean owned, String status, boolean contains, boolean eligible) {
		UUID order = UUID.randomUUID();
		OTHERS.stubFor(get(urlPathEqualTo("/internal/orders/" + order + "/rating-eligibility")).willReturn(okJson("""
				{"orderId":"%s","ownedByUser":%s,"status":"%s","containsProduct":%s,"eligible":%s}
				""".formatted(order, owned, status, contains, eligible))));
		return order;
	}

	private HttpResponse<String> rate(UUID order, UUID product, int stars, String comment) {
		String body = (comment != null)
				? JSON.writeValueAsString(java.util.Map.of("productId", product, "stars", stars, "comment", comment))
				: JSON.writeValueAsString(java.util.Map.of("productId", product, "stars", stars));
		return Http.post(url("/api/orders/" + order + "/rate"), body, "Authorization", this.token);
	}

}

package shop.orders.order.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import shop.common.test.Http;
import shop.orders.support.FleetStubs;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's life after checkout: cancellation, history, shipping by admins, rating
 * eligibility, the payment return pages and the status events for realtime-service.
 */
class OrderLifecycleIntegrationTests extends OrdersIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void cancelsBeforeTheCaptureReleasingTheStockAndUnlockingTheCart() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);

		HttpResponse<String> cancelled = cancel(userId, orderId);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		JsonNode order = json(cancelled);
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("payment").path("status").asString()).isEqualTo("VOIDED");
		assertThat(order.path("approvalUrl").isMissingNode()).isTrue();
		JsonNode last = order.path("history").path(order.path("history").size() - 1);
		assertThat(last.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(last.path("reason").asString()).isEqualTo("CANCELLED_BY_SHOPPER");
		assertThat(count(paymentCall(orderId, "void"))).isEqualTo(1);
		assertThat(count(deleteRequestedFor(urlEqualTo("/internal/reservations/" + userId)))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")), orderId)))
			.isEqualTo(1);

		HttpResponse<String> again = cancel(userId, orderId);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(count(paymentCall(orderId, "void"))).isEqualTo(1);
		HttpResponse<String> confirmAfter = confirm(userId, orderId);
		assertThat(confirmAfter.statusCode()).isEqualTo(409);
		assertThat(count(paymentCall(orderId, "capture"))).isZero();
	}

	@Test
	void refundsAConfirmedOrderCancelledBeforeShipping() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);

		HttpResponse<String> cancelled = cancel(userId, orderId);

		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(json(cancelled).path("status").asString()).isEqualTo("REFUNDED");
		assertThat(json(cancelled).path("payment").path("status").asString()).isEqualTo("REFUNDED");
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/stock/restorations")), orderId)
			.withHeader("Idempotency-Key", equalTo(orderId + ":restore-stock")))).isEqualTo(1);
		assertThat(count(paymentCall(orderId, "refund"))).isEqualTo(1);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock"))))
			.as("the cart was checked out, there is nothing to unlock")
			.isZero();
	}

	@Test
	void refusesToCancelAShippedOrder() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);
		ship(orderId, "UPS", "1Z999");

		HttpResponse<String> refused = cancel(userId, orderId);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json(refused).path("code").asString()).isEqualTo("ORDER_ALREADY_SHIPPED");
		assertThat(orderStatus(orderId)).isEqualTo("SHIPPED");
		assertThat(count(paymentCall(orderId, "refund"))).isZero();
	}

	@Test
	void letsAdminsShipAndDeliverConfirmedOrdersAndListThemByStatus() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);
		UUID pending = checkout(userId);

		HttpResponse<String> notYet = ship(pending, "UPS", "1Z000");
		HttpResponse<String> shipped = ship(orderId, "DHL", "JD0001");
		HttpResponse<String> shippedAgain = ship(orderId, "DHL", "JD0001");
		HttpResponse<String> delivered = Http.post(url("/api/admin/orders/" + orderId + "/deliver"), "",
				"Authorization", adminBearer());
		HttpResponse<String> byCustomer = Http.post(url("/api/admin/orders/" + orderId + "/deliver"), "",
				"Authorization", bearer(userId));

		assertThat(notYet.statusCode()).isEqualTo(409);
		assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
		assertThat(json(shipped).path("shipping").path("carrier").asString()).isEqualTo("DHL");
		assertThat(json(shipped).path("shipping").path("trackingNumber").asString()).isEqualTo("JD0001");
		assertThat(shippedAgain.statusCode()).isEqualTo(200);
		assertThat(delivered.statusCode()).isEqualTo(200);
		assertThat(json(delivered).path("status").asString()).isEqualTo("DELIVERED");
		assertThat(byCustomer.statusCode()).isEqualTo(403);

		HttpResponse<String> list = Http.get(url("/api/admin/orders?status=delivered&size=100"), "Authorization",
				adminBearer());
		assertThat(list.statusCode()).isEqualTo(200);
		List<JsonNode> items = json(list).path("items").valueStream().toList();
		assertThat(items).extracting((item) -> item.path("orderId").asString()).contains(orderId.toString());
		assertThat(items).extracting((item) -> item.path("status").asString()).containsOnly("DELIVERED");
		assertThat(json(list).path("size").asInt()).isEqualTo(100);
		HttpResponse<String> unknown = Http.get(url("/api/admin/orders?status=LOST"), "Authorization", adminBearer());
		assertThat(unknown.statusCode()).isEqualTo(400);
	}

	@Test
	void listsTheShoppersOwnOrdersGroupedByDeliveryDateLatestFirst() {
		UUID userId = UUID.randomUUID();
		UUID standard = confirmedOrder(userId);
		HttpResponse<String> express = placeOrder(userId, UUID.randomUUID().toString(),
				"{\"shippingAddressId\": \"" + UUID.randomUUID() + "\", \"deliveryMode\": \"express\"}");
		UUID expressOrder = UUID.fromString(json(express).path("orderId").asString());
		UUID otherUsersOrder = checkout(UUID.randomUUID());

		HttpResponse<String> history = Http.get(url("/api/orders"), "Authorization", bearer(userId));

		assertThat(history.statusCode()).isEqualTo(200);
		JsonNode groups = json(history).path("groups");
		assertThat(groups.findValuesAsString("deliveryDate")).containsExactly("2030-01-10", "2030-01-05");
		JsonNode first = groups.path(0).path("orders").path(0);
		assertThat(first.path("orderId").asString()).isEqualTo(standard.toString());
		assertThat(first.path("status").asString()).isEqualTo("CONFIRMED");
		assertThat(first.path("total").path("amount").asString()).isEqualTo("50.50");
		assertThat(first.path("items")).hasSize(2);
		assertThat(first.path("payment").path("provider").asString()).isEqualTo("PAYPAL");
		assertThat(first.path("payment").path("status").asString()).isEqualTo("CAPTURED");
		assertThat(first.path("payment").path("reference").asString()).isEqualTo("PAYPAL-" + standard);
		assertThat(groups.path(1).path("orders").path(0).path("orderId").asString()).isEqualTo(expressOrder.toString());
		assertThat(json(history).path("totalItems").asInt()).isEqualTo(2);
		assertThat(history.body()).doesNotContain(otherUsersOrder.toString());
	}

	@Test
	void showsAnOrderWithItsHistoryToItsOwnerOnly() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);
		UUID stranger = UUID.randomUUID();

		HttpResponse<String> own = getOrder(userId, orderId);

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(json(own).path("history").findValuesAsString("status")).containsExactly("PENDING", "CART_LOCKED",
				"PAYMENT_PENDING", "PAYMENT_CAPTURED", "STOCK_COMMITTED", "CONFIRMED");
		assertThat(getOrder(stranger, orderId).statusCode()).isEqualTo(404);
		assertThat(confirm(stranger, orderId).statusCode()).isEqualTo(404);
		assertThat(cancel(stranger, orderId).statusCode()).isEqualTo(404);
		assertThat(getOrder(stranger, orderId).body()).doesNotContain("CONFIRMED");
		assertThat(orderStatus(orderId)).isEqualTo("CONFIRMED");
	}

	@Test
	void tellsRatingServiceWhetherAProductOfAnOrderMayBeRated() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);
		ship(orderId, "UPS", "1Z123");
		Http.post(url("/api/admin/orders/" + orderId + "/deliver"), "", "Authorization", adminBearer());
		String path = "/internal/orders/" + orderId + "/rating-eligibility?userId=%s&productId=%s";

		HttpResponse<String> eligible = Http.get(url(path.formatted(userId, FleetStubs.WIDGET)), "X-Api-Key",
				"rating-test-key");
		HttpResponse<String> stranger = Http.get(url(path.formatted(UUID.randomUUID(), FleetStubs.WIDGET)), "X-Api-Key",
				"rating-test-key");
		HttpResponse<String> otherProduct = Http.get(url(path.formatted(userId, UUID.randomUUID())), "X-Api-Key",
				"rating-test-key");

		assertThat(eligible.statusCode()).isEqualTo(200);
		assertThat(json(eligible).path("eligible").asBoolean()).isTrue();
		assertThat(json(eligible).path("status").asString()).isEqualTo("DELIVERED");
		assertThat(json(stranger).path("ownedByUser").asBoolean()).isFalse();
		assertThat(json(stranger).path("eligible").asBoolean()).isFalse();
		assertThat(json(otherProduct).path("containsProduct").asBoolean()).isFalse();
		assertThat(json(otherProduct).path("eligible").asBoolean()).isFalse();
		assertThat(Http
			.get(url("/internal/orders/" + UUID.randomUUID() + "/rating-eligibility?userId=" + userId + "&productId="
					+ FleetStubs.WIDGET), "X-Api-Key", "rating-test-key")
			.statusCode()).isEqualTo(404);
		assertThat(Http.get(url(path.formatted(userId, FleetStubs.WIDGET))).statusCode()).isEqualTo(401);
		assertThat(Http.get(url(path.formatted(userId, FleetStubs.WIDGET)), "X-Api-Key", "cart-test-key").statusCode())
			.isEqualTo(403);
	}

	@Test
	void answersThePaymentReturnPagesWithoutATokenAndWithoutRevealingTheOrder() {
		UUID userId = UUID.randomUUID();
		UUID orderId = checkout(userId);

		HttpResponse<String> approved = Http.get(url("/api/orders/" + orderId + "/approved?token=EC-1&PayerID=P1"));
		HttpResponse<String> unknown = Http.get(url("/api/orders/" + UUID.randomUUID() + "/approved"));
		HttpResponse<String> cancelled = Http.get(url("/api/orders/" + orderId + "/payment-cancelled"));
		HttpResponse<String> malformed = Http.get(url("/api/orders/not-an-id/approved"));

		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json(approved).path("next").path("href").asString())
			.isEqualTo("/api/orders/" + orderId + "/confirm");
		assertThat(approved.body()).doesNotContain("PAYMENT_PENDING", "50.50", "Widget");
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(json(cancelled).path("next").path("href").asString())
			.isEqualTo("/api/orders/" + orderId + "/cancel");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(Http.get(url("/api/orders/" + orderId)).statusCode()).isEqualTo(401);
	}

	@Test
	void publishesEveryStatusChangeToRealtimeInOrder() {
		UUID userId = UUID.randomUUID();
		UUID orderId = confirmedOrder(userId);

		relayAll();

		List<LoggedRequest> published = fleet
			.findAll(postRequestedFor(urlEqualTo("/internal/events/order-status"))
				.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))))
			.stream()
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
		List<JsonNode> events = published.stream().map((request) -> JSON.readTree(request.getBodyAsString())).toList();
		assertThat(events).extracting((event) -> event.path("status").asString())
			.containsExactly("PENDING", "CART_LOCKED", "PAYMENT_PENDING", "PAYMENT_CAPTURED", "STOCK_COMMITTED",
					"CONFIRMED");
		assertThat(events).extracting((event) -> event.path("userId").asString()).containsOnly(userId.toString());
		assertThat(events).extracting((event) -> event.path("eventId").asString()).doesNotHaveDuplicates();
		assertThat(published)
			.allSatisfy((request) -> assertThat(request.getHeader("X-Api-Key")).isEqualTo("orders-test-key"));
		assertThat(this.relay.runOnce()).as("nothing is sent twice").isZero();
	}

	@Test
	void checksOutWhileRealtimeIsDownAndPublishesOnceItIsBack() {
		UUID userId = UUID.randomUUID();
		StubMapping outage = fleet.stubFor(post(urlEqualTo("/internal/events/order-status")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString())))
			.willReturn(aResponse().withStatus(503)));

		UUID orderId = checkout(userId);
		relayAll();

		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_PENDING");
		// the scheduled relay may have tried too: what matters is that nothing newer was
		List<JsonNode> tried = fleet
			.findAll(postRequestedFor(urlEqualTo("/internal/events/order-status"))
				.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))))
			.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()))
			.toList();
		assertThat(tried).as("only the order's oldest event is tried while it fails")
			.isNotEmpty()
			.extracting((event) -> event.path("status").asString())
			.containsOnly("PENDING");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from orders.order_events where order_id = ? and published_at is null", Integer.class,
				orderId))
			.isEqualTo(3);

		fleet.removeStub(outage);
		this.clock.advance(Duration.ofSeconds(10));
		relayAll();

		assertThat(this.jdbc.queryForObject(
				"select count(*) from orders.order_events where order_id = ? and published_at is null", Integer.class,
				orderId))
			.isZero();
		assertThat(count(postRequestedFor(urlEqualTo("/internal/events/order-status"))
			.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))))).isEqualTo(tried.size() + 3);
	}

	private HttpResponse<String> ship(UUID orderId, String carrier, String trackingNumber) {
		return Http.post(url("/api/admin/orders/" + orderId + "/ship"),
				"{\"carrier\": \"" + carrier + "\", \"trackingNumber\": \"" + trackingNumber + "\"}", "Authorization",
				adminBearer());
	}

}

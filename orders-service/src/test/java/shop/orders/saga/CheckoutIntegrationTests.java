package shop.orders.saga;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import shop.common.test.Http;
import shop.orders.support.FleetStubs;
import shop.orders.support.OrdersIntegrationTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/orders}: the checkout up to the payment, its idempotency key, and what
 * bad input gets.
 */
class CheckoutIntegrationTests extends OrdersIntegrationTestSupport {

	@Autowired
	IdempotencyKeyCleaner cleaner;

	@Test
	void placesAnOrderWaitingForPaymentWithItsItemsShippingAndTotal() {
		UUID userId = UUID.randomUUID();
		UUID addressId = UUID.randomUUID();

		HttpResponse<String> response = placeOrder(userId, "first-checkout",
				"{\"shippingAddressId\": \"" + addressId + "\", \"deliveryMode\": \"standard\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode order = json(response);
		UUID orderId = UUID.fromString(order.path("orderId").asString());
		assertThat(response.headers().firstValue("Location")).hasValue("/api/orders/" + orderId);
		assertThat(order.path("status").asString()).isEqualTo("PAYMENT_PENDING");
		assertThat(order.path("approvalUrl").asString()).isEqualTo("https://paypal.test/checkoutnow?token=" + orderId);
		assertThat(order.path("items")).hasSize(2);
		assertThat(order.path("items").path(0).path("unitPrice").path("amount").asString()).isEqualTo("10.00");
		assertThat(order.path("items").path(0).path("lineTotal").path("amount").asString()).isEqualTo("20.00");
		assertThat(order.path("shipping").path("mode").asString()).isEqualTo("standard");
		assertThat(order.path("shipping").path("cost").path("amount").asString()).isEqualTo("5.00");
		assertThat(order.path("shipping").path("deliveryDate").asString()).isEqualTo("2030-01-10");
		assertThat(order.path("shipping").path("address").path("addressId").asString()).isEqualTo(addressId.toString());
		assertThat(order.path("subtotal").path("amount").asString()).isEqualTo("45.50");
		assertThat(order.path("total").path("amount").asString()).isEqualTo("50.50");
		assertThat(order.path("total").path("currency").asString()).isEqualTo("USD");
		assertThat(order.path("payment").path("provider").asString()).isEqualTo("PAYPAL");
		assertThat(order.path("warnings")).isEmpty();
		assertThat(order.path("history").findValuesAsString("status")).containsExactly("PENDING", "CART_LOCKED",
				"PAYMENT_PENDING");
		assertThat(orderStatus(orderId)).isEqualTo("PAYMENT_PENDING");
		assertThat(count(postRequestedFor(urlEqualTo("/internal/payments"))
			.withHeader("Idempotency-Key", equalTo(orderId + ":create-payment"))
			.withHeader("X-Api-Key", equalTo("orders-test-key"))
			.withRequestBody(matchingJsonPath("$.amount.amount", equalTo("50.50")))
			.withRequestBody(
					matchingJsonPath("$.returnUrl", equalTo("https://shop.test/api/orders/" + orderId + "/approved")))))
			.isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/carts/lock")), orderId)
			.withHeader("X-User-Id", equalTo(userId.toString())))).isEqualTo(1);
		assertThat(stepLog(orderId)).containsExactly("CHECKOUT_REQUESTED:NOTED", "LOCK_CART:SUCCEEDED",
				"QUOTE_SHIPPING:SUCCEEDED", "CREATE_PAYMENT:SUCCEEDED");
	}

	@Test
	void answersTheSameOrderForTheSameKeyAndBodyWithoutASecondCheckout() {
		UUID userId = UUID.randomUUID();
		String body = standardDelivery();

		HttpResponse<String> first = placeOrder(userId, "same-key", body);
		HttpResponse<String> second = placeOrder(userId, "same-key", body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
		UUID orderId = UUID.fromString(json(first).path("orderId").asString());
		assertThat(json(second).path("orderId").asString()).isEqualTo(orderId.toString());
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/lock"))
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString()))))).isEqualTo(1);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/payments"))
			.withRequestBody(matchingJsonPath("$.orderId", equalTo(orderId.toString()))))).isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyWithAnotherBody() {
		UUID userId = UUID.randomUUID();
		UUID addressId = UUID.randomUUID();
		placeOrder(userId, "reused-key",
				"{\"shippingAddressId\": \"" + addressId + "\", \"deliveryMode\": \"standard\"}");

		HttpResponse<String> other = placeOrder(userId, "reused-key",
				"{\"shippingAddressId\": \"" + addressId + "\", \"deliveryMode\": \"express\"}");

		assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
		assertThat(json(other).path("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void keepsIdempotencyKeysPerUser() {
		HttpResponse<String> first = placeOrder(UUID.randomUUID(), "shared-key", standardDelivery());
		HttpResponse<String> second = placeOrder(UUID.randomUUID(), "shared-key", standardDelivery());

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(json(second).path("orderId").asString()).isNotEqualTo(json(first).path("orderId").asString());
	}

	@Test
	void keepsIdempotencyKeysForADayThenForgetsThem() {
		UUID userId = UUID.randomUUID();
		String body = standardDelivery();
		UUID first = UUID.fromString(json(placeOrder(userId, "daily-key", body)).path("orderId").asString());

		this.clock.advance(Duration.ofHours(23));
		this.cleaner.removeExpired();
		HttpResponse<String> withinADay = placeOrder(userId, "daily-key", body);

		assertThat(withinADay.statusCode()).isEqualTo(200);
		assertThat(json(withinADay).path("orderId").asString()).isEqualTo(first.toString());

		this.clock.advance(Duration.ofHours(2));
		this.cleaner.removeExpired();
		HttpResponse<String> nextDay = placeOrder(userId, "daily-key", body);

		assertThat(nextDay.statusCode()).isEqualTo(201);
		assertThat(json(nextDay).path("orderId").asString()).isNotEqualTo(first.toString());
	}

	@Test
	void requiresAnIdempotencyKey() {
		HttpResponse<String> response = Http.post(url("/api/orders"), standardDelivery(), "Authorization",
				bearer(UUID.randomUUID()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).path("errors").path(0).path("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	void refusesChangedPricesNotAcceptedAndUnlocksTheCart() {
		UUID userId = UUID.randomUUID();
		fleet.stubFor(post(urlEqualTo("/internal/carts/lock")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString())))
			.willReturn(okJson(FleetStubs
				.lockedCart(FleetStubs.item(FleetStubs.WIDGET, "SKU-1", "Widget", 2, "10.00", "12.50")))));

		String body = standardDelivery();
		HttpResponse<String> refused = placeOrder(userId, "prices", body);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		JsonNode problem = json(refused);
		assertThat(problem.path("code").asString()).isEqualTo("PRICE_CHANGED");
		JsonNode change = problem.path("changes").path(0);
		assertThat(change.path("productId").asString()).isEqualTo(FleetStubs.WIDGET);
		assertThat(change.path("oldPrice").path("amount").asString()).isEqualTo("10.00");
		assertThat(change.path("newPrice").path("amount").asString()).isEqualTo("12.50");
		UUID orderId = UUID.fromString(problem.path("orderId").asString());
		assertThat(orderStatus(orderId)).isEqualTo("CANCELLED");
		assertThat(count(WireMock.postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock"))
			.withHeader("Idempotency-Key", equalTo(orderId + ":unlock-cart")))).isEqualTo(1);
		assertThat(count(withOrder(postRequestedFor(urlEqualTo("/internal/payments")), orderId))).isZero();
		HttpResponse<String> repeated = placeOrder(userId, "prices", body);
		assertThat(repeated.statusCode()).isEqualTo(409);
		assertThat(json(repeated).path("changes")).hasSize(1);

		HttpResponse<String> accepted = placeOrder(userId, "prices-accepted", """
				{"shippingAddressId": "%s", "deliveryMode": "standard", "acceptPriceChanges": true}"""
			.formatted(UUID.randomUUID()));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		assertThat(json(accepted).path("items").path(0).path("unitPrice").path("amount").asString()).isEqualTo("12.50");
		assertThat(json(accepted).path("total").path("amount").asString()).isEqualTo("30.00");
		assertThat(json(accepted).path("warnings").path(0).path("code").asString()).isEqualTo("PRICE_CHANGED");
	}

	@Test
	void refusesAnEmptyCartWithoutUnlockingIt() {
		UUID userId = UUID.randomUUID();
		fleet.stubFor(post(urlEqualTo("/internal/carts/lock")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString())))
			.willReturn(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(FleetStubs.problem(422, "CART_EMPTY", "The cart is empty"))));

		HttpResponse<String> response = placeOrder(userId, "empty", standardDelivery());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response).path("code").asString()).isEqualTo("CART_EMPTY");
		assertThat(count(WireMock.postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")))).isZero();
		HttpResponse<String> history = Http.get(url("/api/orders"), "Authorization", bearer(userId));
		assertThat(json(history).path("groups")).isEmpty();
	}

	@Test
	void answersAnotherUsersAddressAsNotFound() {
		UUID userId = UUID.randomUUID();
		UUID addressId = UUID.randomUUID();
		fleet.stubFor(get(urlEqualTo("/internal/users/" + userId + "/addresses/" + addressId)).atPriority(1)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody(FleetStubs.problem(404, "NOT_FOUND", "No such address"))));

		HttpResponse<String> response = placeOrder(userId, "address",
				"{\"shippingAddressId\": \"" + addressId + "\", \"deliveryMode\": \"standard\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/lock"))
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString()))))).isZero();
	}

	@Test
	void refusesAnUnknownDeliveryModeAndUnlocksTheCart() {
		UUID userId = UUID.randomUUID();

		HttpResponse<String> response = placeOrder(userId, "mode",
				"{\"shippingAddressId\": \"" + UUID.randomUUID() + "\", \"deliveryMode\": \"teleport\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(json(response).path("code").asString()).isEqualTo("UNKNOWN_DELIVERY_MODE");
		assertThat(json(response).path("availableModes").findValuesAsString("availableModes")).isEmpty();
		assertThat(json(response).path("availableModes").toString()).contains("standard", "express");
		assertThat(count(WireMock.postRequestedFor(urlEqualTo("/internal/carts/" + userId + "/unlock")))).isEqualTo(1);
	}

	@Test
	void shipsToAnInlineAddressWithoutAskingAuthForOne() {
		UUID userId = UUID.randomUUID();

		HttpResponse<String> response = placeOrder(userId, "inline", """
				{"shippingAddress": {"name": "Ada", "line1": "2 Side Road", "city": "Berlin",
				 "postalCode": "10115", "country": "de"}, "deliveryMode": "express"}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode shipping = json(response).path("shipping");
		assertThat(shipping.path("address").path("country").asString()).isEqualTo("DE");
		assertThat(shipping.path("mode").asString()).isEqualTo("express");
		assertThat(shipping.path("cost").path("amount").asString()).isEqualTo("15.00");
		assertThat(count(getRequestedFor(urlPathMatching("/internal/users/" + userId + "/addresses/.*")))).isZero();
	}

	@Test
	void retriesATransientFailureOfTheCheckoutWithBackoff() {
		UUID userId = UUID.randomUUID();
		String scenario = "payment-service hiccup " + userId;
		fleet.stubFor(post(urlEqualTo("/internal/payments")).atPriority(1)
			.withHeader("X-User-Id", equalTo(userId.toString()))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("failed once")
			.willReturn(aResponse().withStatus(503)));
		fleet.stubFor(post(urlEqualTo("/internal/payments")).atPriority(1)
			.withHeader("X-User-Id", equalTo(userId.toString()))
			.inScenario(scenario)
			.whenScenarioStateIs("failed once")
			.willSetStateTo("failed twice")
			.willReturn(aResponse().withStatus(502)));

		HttpResponse<String> response = placeOrder(userId, "hiccup", standardDelivery());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		UUID orderId = UUID.fromString(json(response).path("orderId").asString());
		assertThat(stepLog(orderId)).filteredOn((entry) -> entry.startsWith("CREATE_PAYMENT"))
			.containsExactly("CREATE_PAYMENT:UNAVAILABLE", "CREATE_PAYMENT:UNAVAILABLE", "CREATE_PAYMENT:SUCCEEDED");
		assertThat(count(postRequestedFor(urlEqualTo("/internal/payments")).withHeader("Idempotency-Key",
				equalTo(orderId + ":create-payment"))))
			.isEqualTo(3);
	}

	@Test
	void asksToRetryLaterWhenAuthServiceIsDownAndCreatesNothing() {
		UUID userId = UUID.randomUUID();
		fleet.stubFor(
				get(urlEqualTo("/internal/users/" + userId)).atPriority(1).willReturn(aResponse().withStatus(503)));

		HttpResponse<String> response = placeOrder(userId, "auth-down", standardDelivery());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(json(response).path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(count(getRequestedFor(urlEqualTo("/internal/users/" + userId)))).as("reads are retried")
			.isEqualTo(3);
		assertThat(count(postRequestedFor(urlEqualTo("/internal/carts/lock"))
			.withRequestBody(matchingJsonPath("$.userId", equalTo(userId.toString()))))).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from orders.checkout_requests where user_id = ?",
				Integer.class, userId))
			.isZero();
	}

	@Test
	void validatesTheAddressAndTheDeliveryMode() {
		HttpResponse<String> invalid = placeOrder(UUID.randomUUID(), "invalid", """
				{"shippingAddress": {"name": "Ada", "line1": "2 Side Road", "postalCode": "10115",
				 "country": "Germany"}, "deliveryMode": ""}""");
		HttpResponse<String> both = placeOrder(UUID.randomUUID(), "both", """
				{"shippingAddressId": "%s", "shippingAddress": {"name": "Ada", "line1": "2 Side Road",
				 "city": "Berlin", "postalCode": "10115", "country": "DE"}, "deliveryMode": "standard"}"""
			.formatted(UUID.randomUUID()));
		HttpResponse<String> neither = placeOrder(UUID.randomUUID(), "neither", "{\"deliveryMode\": \"standard\"}");

		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(json(invalid).path("errors").findValuesAsString("field")).contains("shippingAddress.city",
				"shippingAddress.country", "deliveryMode");
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(neither.statusCode()).isEqualTo(400);
	}

}

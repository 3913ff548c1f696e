package shop.orders;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;
import shop.common.test.Http;
import shop.orders.order.OrderStatus;
import shop.orders.support.OrdersIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for orders-service
 * ({@code /api/docs/orders}): checkout, confirmation, cancellation, history, the payment
 * return pages and the admins' shipping, with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends OrdersIntegrationTestSupport {

	private static final String ORDERS = "/api/orders";

	private static final ApiDocsChecks.Expected EXPECTED = ApiDocsChecks
		.operations("POST " + ORDERS, "GET " + ORDERS, "GET /api/orders/{orderId}",
				"POST /api/orders/{orderId}/confirm", "POST /api/orders/{orderId}/cancel",
				"GET /api/orders/{orderId}/approved", "GET /api/orders/{orderId}/payment-cancelled",
				"GET /api/admin/orders", "POST /api/admin/orders/{orderId}/ship",
				"POST /api/admin/orders/{orderId}/deliver")
		.examplesOn("CreateOrderRequest", "AddressRequest", "ShipOrderRequest", "OrderResponse", "ItemResponse",
				"ShippingResponse", "AddressResponse", "PaymentResponse", "WarningResponse", "StatusChangeResponse",
				"MoneyResponse", "OrderHistoryResponse", "DeliveryGroup", "OrderSummary", "PaymentReturnResponse",
				"NextStep");

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		assertThat(docs.needsToken("POST", ORDERS)).isTrue();
		assertThat(docs.statuses("POST", ORDERS)).contains("200", "201", "400", "401", "404", "409", "422", "503");
		assertThat(docs.problemCode("POST", ORDERS, 409)).isEqualTo("PRICE_CHANGED");
		assertThat(docs.problemCode("POST", ORDERS, 422)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(docs.problemCode("POST", ORDERS, 503)).isEqualTo("CHECKOUT_DELAYED");
		assertThat(docs.response("POST", ORDERS, 503).at("/headers/Retry-After").isMissingNode()).isFalse();
		JsonNode key = docs.operation("POST", ORDERS)
			.path("parameters")
			.valueStream()
			.filter((parameter) -> parameter.path("name").asString().equals("Idempotency-Key"))
			.findFirst()
			.orElseThrow();
		assertThat(key.path("in").asString()).isEqualTo("header");
		assertThat(key.path("required").asBoolean()).isTrue();
		assertThat(docs.statuses("POST", "/api/orders/{orderId}/confirm")).contains("200", "202", "404", "409", "422");
		assertThat(docs.problemCode("POST", "/api/orders/{orderId}/confirm", 409)).isEqualTo("PAYMENT_NOT_APPROVED");
		assertThat(docs.problemCode("POST", "/api/orders/{orderId}/confirm", 422)).isEqualTo("PAYMENT_DECLINED");
		assertThat(docs.problemCode("POST", "/api/orders/{orderId}/cancel", 409)).isEqualTo("ORDER_ALREADY_SHIPPED");
		assertThat(docs.needsToken("GET", "/api/orders/{orderId}/approved")).isFalse();
		assertThat(docs.needsToken("GET", "/api/orders/{orderId}/payment-cancelled")).isFalse();
		assertThat(docs.problemCode("POST", "/api/admin/orders/{orderId}/ship", 409))
			.isEqualTo("ILLEGAL_ORDER_TRANSITION");
		assertThat(docs.schema("OrderResponse").at("/properties/status/enum").valueStream().map(JsonNode::asString))
			.as("every status an order can have")
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
		assertThat(docs.schema("MoneyResponse").at("/properties/amount/type").asString())
			.as("money is a decimal string")
			.isEqualTo("string");
	}

	@Test
	void placesAnOrderWithEveryDocumentedCheckoutExample() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		Map<String, JsonNode> examples = docs.requestExamples("POST", ORDERS);
		assertThat(examples).hasSize(2);
		String pending = docs.exampleOf("OrderResponse").path("status").asString();
		examples.forEach((name, example) -> {
			assertThat(example.isObject()).as(name).isTrue();
			HttpResponse<String> placed = placeOrder(UUID.randomUUID(), UUID.randomUUID().toString(),
					example.toString());
			assertThat(placed.statusCode()).as(name + ": " + placed.body()).isEqualTo(201);
			assertThat(json(placed).path("status").asString()).isEqualTo(pending);
			assertThat(json(placed).at("/shipping/mode").asString()).isEqualTo(example.path("deliveryMode").asString());
		});
	}

	@Test
	void shipsAnOrderWithTheDocumentedExample() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		JsonNode example = docs.exampleOf("ShipOrderRequest");
		UUID orderId = confirmedOrder(UUID.randomUUID());
		HttpResponse<String> shipped = Http.post(url("/api/admin/orders/" + orderId + "/ship"), example.toString(),
				"Authorization", adminBearer());
		assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
		assertThat(json(shipped).path("status").asString()).isEqualTo(OrderStatus.SHIPPED.name());
		assertThat(json(shipped).at("/shipping/trackingNumber").asString())
			.isEqualTo(example.path("trackingNumber").asString());
	}

}

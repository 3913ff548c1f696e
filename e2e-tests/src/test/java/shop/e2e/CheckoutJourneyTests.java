package shop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@E2E
@Services({ "gateway", "orders-service", "cart-service", "payment-service", "fulfillment-service", "realtime-service",
		"rating-service", "paypal-simulator" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutJourneyTests {

	String admin;

	String brand = "Checkout" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeAll
	void logInAsAdmin(ShopApi api) {
		this.admin = Shoppers.admin(api).accessToken();
	}

	@Test
	void walksFromCartToADeliveredAndRatedOrder(ShopApi api) {
		Catalog.Product tablet = Catalog.create(api, this.admin, "Vega Tablet 11", this.brand, "tablets", "120.00", 5);
		Shoppers.Shopper shopper = Shoppers.signUp(api);
		String token = Shoppers.login(api, shopper).accessToken();
		String addressId = addAddress(api, token);
		CartJourneyTests.add(api, token, tablet.productId(), 2);
		try (OrderEvents events = OrderEvents.open(api, token)) {
			String key = UUID.randomUUID().toString();
			ObjectNode body = ShopApi.json().put("shippingAddressId", addressId).put("deliveryMode", "standard");
			ShopApi.Response order = checkout(api, token, key, body);
			assertThat(order.status()).as(order.toString()).isEqualTo(201);
			String orderId = order.text("orderId");
			assertThat(order.text("status")).isEqualTo("PAYMENT_PENDING");
			assertThat(order.text("approvalUrl")).startsWith("http");
			assertThat(order.text("shipping.mode")).isEqualTo("standard");
			assertThat(order.text("shipping.deliveryDate")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(order.text("total.currency")).isEqualTo("USD");
			assertThat(order.at("items").size()).isEqualTo(1);

			ShopApi.Response again = checkout(api, token, key, body);
			assertThat(again.status()).isEqualTo(200);
			assertThat(again.text("orderId")).isEqualTo(orderId);
			ShopApi.Response otherBody = checkout(api, token, key,
					ShopApi.json().put("shippingAddressId", addressId).put("deliveryMode", "express"));
			assertThat(otherBody.status()).isEqualTo(422);

			ShopApi.Response early = api.post("/api/orders/" + orderId + "/confirm", null).token(token).send();
			assertThat(early.status()).isEqualTo(409);
			assertThat(early.text("code")).isEqualTo("PAYMENT_NOT_APPROVED");

			approve(api, order.text("approvalUrl"));
			ShopApi.Response confirmed = api.post("/api/orders/" + orderId + "/confirm", null).token(token).send();
			assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
			assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
			assertThat(api.post("/api/orders/" + orderId + "/confirm", null).token(token).send().text("status"))
				.isEqualTo("CONFIRMED");
			assertThat(CartJourneyTests.available(api, tablet)).isEqualTo(3);
			await().atMost(Duration.ofSeconds(20)).until(() -> events.statusesOf(orderId).contains("CONFIRMED"));

			ShopApi.Response history = api.get("/api/orders").token(token).send();
			assertThat(history.status()).isEqualTo(200);
			JsonNode group = history.at("groups.0");
			assertThat(group.path("deliveryDate").asString()).isEqualTo(order.text("shipping.deliveryDate"));
			JsonNode listed = group.path("orders").path(0);
			assertThat(listed.path("orderId").asString()).isEqualTo(orderId);
			assertThat(listed.path("payment").path("provider").asString()).isEqualTo("PAYPAL");
			assertThat(listed.path("payment").path("reference").asString()).isNotBlank();

			ShopApi.Response detail = api.get("/api/orders/" + orderId).token(token).send();
			assertThat(detail.text("status")).isEqualTo("CONFIRMED");
			assertThat(detail.body()).contains("PAYMENT_PENDING");
			String stranger = Shoppers.newShopperSession(api).accessToken();
			assertThat(api.get("/api/orders/" + orderId).token(stranger).send().status()).isEqualTo(404);
			assertThat(api.post("/api/orders/" + orderId + "/cancel", null).token(stranger).send().status())
				.isEqualTo(404);

			assertThat(api
				.post("/api/orders/" + orderId + "/rate",
						ShopApi.json().put("productId", tablet.productId()).put("stars", 5))
				.token(token)
				.send()
				.status()).isEqualTo(422);
			assertThat(api
				.post("/api/admin/orders/" + orderId + "/ship",
						ShopApi.json().put("carrier", "DHL").put("trackingNumber", "JD0001"))
				.token(token)
				.send()
				.status()).isEqualTo(403);
			ShopApi.Response shipped = api
				.post("/api/admin/orders/" + orderId + "/ship",
						ShopApi.json().put("carrier", "DHL").put("trackingNumber", "JD0001"))
				.token(this.admin)
				.send();
			assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
			assertThat(api.post("/api/orders/" + orderId + "/cancel", null).token(token).send().status())
				.isEqualTo(409);
			assertThat(api.post("/api/admin/orders/" + orderId + "/deliver", null).token(this.admin).send().status())
				.isEqualTo(200);
			await().atMost(Duration.ofSeconds(20)).until(() -> events.statusesOf(orderId).contains("DELIVERED"));

			ShopApi.Response rated = api.post("/api/orders/" + orderId + "/rate",
					ShopApi.json().put("productId", tablet.productId()).put("stars", 4).put("comment", "<b>solid</b>"))
				.token(token)
				.send();
			assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
			assertThat(api
				.post("/api/orders/" + orderId + "/rate",
						ShopApi.json().put("productId", tablet.productId()).put("stars", 5))
				.token(token)
				.send()
				.status()).isEqualTo(409);
			assertThat(api
				.post("/api/orders/" + orderId + "/rate",
						ShopApi.json().put("productId", tablet.productId()).put("stars", 6))
				.token(token)
				.send()
				.status()).isEqualTo(400);
			assertThat(api
				.post("/api/orders/" + orderId + "/rate",
						ShopApi.json().put("productId", UUID.randomUUID().toString()).put("stars", 3))
				.token(token)
				.send()
				.status()).isEqualTo(422);
			ShopApi.Response ratings = api.get("/api/products/" + tablet.productId() + "/ratings").send();
			assertThat(ratings.status()).isEqualTo(200);
			assertThat(ratings.body()).contains("\"count\":1");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api.get("/api/products/" + tablet.productId()).send().at("rating.count").asInt() == 1);
		}
	}

	@Test
	void cancelsBeforePaymentAndLeavesTheCartOpen(ShopApi api) {
		Catalog.Product dock = Catalog.create(api, this.admin, "Vega Dock", this.brand, "accessories", "60.00", 10);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, dock.productId(), 1);
		ShopApi.Response order = checkout(api, token, UUID.randomUUID().toString(), inlineAddress());
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		assertThat(api.get("/api/cart").token(token).send().text("status")).isEqualTo("LOCKED");
		assertThat(CartJourneyTests.add(api, token, dock.productId(), 1).text("code")).isEqualTo("CART_LOCKED");
		ShopApi.Response cancelled = api.post("/api/orders/" + order.text("orderId") + "/cancel", null)
			.token(token)
			.send();
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		ShopApi.Response cart = api.get("/api/cart").token(token).send();
		assertThat(cart.text("status")).isEqualTo("OPEN");
		assertThat(api.post("/api/orders/" + order.text("orderId") + "/confirm", null).token(token).send().status())
			.isEqualTo(409);
	}

	@Test
	void refundsACancelledPaidOrderAndRestoresTheStock(ShopApi api) {
		Catalog.Product pen = Catalog.create(api, this.admin, "Vega Stylus", this.brand, "accessories", "35.00", 8);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, pen.productId(), 3);
		ShopApi.Response order = checkout(api, token, UUID.randomUUID().toString(), inlineAddress());
		approve(api, order.text("approvalUrl"));
		String orderId = order.text("orderId");
		assertThat(api.post("/api/orders/" + orderId + "/confirm", null).token(token).send().text("status"))
			.isEqualTo("CONFIRMED");
		assertThat(CartJourneyTests.available(api, pen)).isEqualTo(5);
		ShopApi.Response refunded = api.post("/api/orders/" + orderId + "/cancel", null).token(token).send();
		assertThat(refunded.status()).as(refunded.toString()).isEqualTo(200);
		assertThat(refunded.text("status")).isEqualTo("REFUNDED");
		assertThat(CartJourneyTests.available(api, pen)).isEqualTo(8);
		assertThat(api.get("/api/orders/" + orderId).token(token).send().text("status")).isEqualTo("REFUNDED");
	}

	@Test
	void refusesAChangedPriceUnlessAccepted(ShopApi api) {
		Catalog.Product mouse = Catalog.create(api, this.admin, "Vega Mouse", this.brand, "accessories", "20.00", 10);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, mouse.productId(), 1);
		Catalog.setPrice(api, this.admin, mouse.productId(), "25.00");
		ShopApi.Response refused = checkout(api, token, UUID.randomUUID().toString(), inlineAddress());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.text("code")).isEqualTo("PRICE_CHANGED");
		assertThat(refused.body()).contains("20.00").contains("25.00");
		assertThat(api.get("/api/cart").token(token).send().text("status")).isEqualTo("OPEN");
		ShopApi.Response accepted = checkout(api, token, UUID.randomUUID().toString(),
				inlineAddress().put("acceptPriceChanges", true));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		assertThat(accepted.text("total.amount")).isNotNull();
	}

	@Test
	void answersBadCheckoutsWithProblems(ShopApi api) {
		String token = Shoppers.newShopperSession(api).accessToken();
		assertThat(checkout(api, token, UUID.randomUUID().toString(), inlineAddress()).status()).isEqualTo(422);
		ShopApi.Response noKey = api.post("/api/orders", inlineAddress()).token(token).send();
		assertThat(noKey.status()).isEqualTo(400);
		Catalog.Product lamp = Catalog.create(api, this.admin, "Vega Lamp", this.brand, "accessories", "15.00", 10);
		CartJourneyTests.add(api, token, lamp.productId(), 1);
		ShopApi.Response badMode = checkout(api, token, UUID.randomUUID().toString(),
				inlineAddress().put("deliveryMode", "teleport"));
		assertThat(badMode.status()).isEqualTo(400);
		assertThat(checkout(api, token, UUID.randomUUID().toString(),
				ShopApi.json().put("shippingAddressId", UUID.randomUUID().toString()).put("deliveryMode", "standard"))
			.status()).isEqualTo(404);
	}

	@Test
	void pushesOrderEventsOnlyToTheirOwnerAndRefusesAnonymousSockets(ShopApi api) {
		Catalog.Product cam = Catalog.create(api, this.admin, "Vega Webcam", this.brand, "accessories", "45.00", 10);
		String alice = Shoppers.newShopperSession(api).accessToken();
		String bob = Shoppers.newShopperSession(api).accessToken();
		try (OrderEvents aliceEvents = OrderEvents.open(api, alice);
				OrderEvents bobEvents = OrderEvents.open(api, bob)) {
			CartJourneyTests.add(api, alice, cam.productId(), 1);
			ShopApi.Response order = checkout(api, alice, UUID.randomUUID().toString(), inlineAddress());
			String orderId = order.text("orderId");
			api.post("/api/orders/" + orderId + "/cancel", null).token(alice).send();
			await().atMost(Duration.ofSeconds(20)).until(() -> aliceEvents.statusesOf(orderId).contains("CANCELLED"));
			assertThat(bobEvents.statusesOf(orderId)).isEmpty();
			JsonNode event = aliceEvents.events().get(0);
			assertThat(event.path("at").asString()).isNotBlank();
		}
		assertThatThrownBy(() -> HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create(api.gateway().replaceFirst("^http", "ws") + "/api/ws/orders"),
					new WebSocket.Listener() {
					})
			.join()).isInstanceOf(CompletionException.class);
	}

	static ShopApi.Response checkout(ShopApi api, String token, String idempotencyKey, ObjectNode body) {
		return api.post("/api/orders", body).token(token).header("Idempotency-Key", idempotencyKey).send();
	}

	static ObjectNode inlineAddress() {
		ObjectNode body = ShopApi.json().put("deliveryMode", "standard");
		body.putObject("shippingAddress")
			.put("name", "Ada Shopper")
			.put("line1", "1 Dock Road")
			.put("city", "Hamburg")
			.put("postalCode", "20457")
			.put("country", "DE");
		return body;
	}

	static String addAddress(ShopApi api, String token) {
		ShopApi.Response added = api
			.post("/api/auth/profile/addresses",
					ShopApi.json()
						.put("name", "Ada Shopper")
						.put("line1", "1 Dock Road")
						.put("city", "Hamburg")
						.put("postalCode", "20457")
						.put("country", "DE"))
			.token(token)
			.send();
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return added.text("addressId");
	}

	/**
	 * Opens the approval URL as a shopper clicking Pay would: the simulator approves and
	 * redirects to the order's return URL.
	 */
	static void approve(ShopApi api, String approvalUrl) {
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.build()
				.send(HttpRequest.newBuilder(URI.create(approvalUrl)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(approvalUrl + " -> " + response.body()).isIn(200, 302, 303);
		}
		catch (Exception ex) {
			throw new AssertionError("Could not open " + approvalUrl, ex);
		}
	}

}

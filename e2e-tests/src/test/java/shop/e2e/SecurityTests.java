package shop.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OWASP API Security Top 10 (2023), item by item, against the running fleet.
 */
@E2E
@Services({ "gateway", "auth-service", "orders-service", "cart-service", "catalog-service" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTests {

	/** Every public endpoint of DESIGN §2, with placeholders for ids. */
	static final String[][] ENDPOINTS = { { "POST", "/api/auth/signup" }, { "POST", "/api/auth/login" },
			{ "POST", "/api/auth/refresh" }, { "POST", "/api/auth/logout" }, { "GET", "/api/auth/profile" },
			{ "PUT", "/api/auth/profile" }, { "POST", "/api/auth/profile/addresses" },
			{ "PUT", "/api/auth/profile/addresses/{id}" }, { "DELETE", "/api/auth/profile/addresses/{id}" },
			{ "GET", "/api/products" }, { "GET", "/api/products/{id}" }, { "GET", "/api/categories" },
			{ "GET", "/api/products/{id}/ratings" }, { "GET", "/api/shipping/quote" }, { "GET", "/api/cart" },
			{ "POST", "/api/cart/items" }, { "PUT", "/api/cart/items/{id}" }, { "DELETE", "/api/cart/items/{id}" },
			{ "DELETE", "/api/cart" }, { "POST", "/api/orders" }, { "GET", "/api/orders" },
			{ "GET", "/api/orders/{id}" }, { "POST", "/api/orders/{id}/confirm" },
			{ "POST", "/api/orders/{id}/cancel" }, { "POST", "/api/orders/{id}/rate" }, { "GET", "/api/health" },
			{ "POST", "/api/payments/webhooks/paypal" }, { "POST", "/api/admin/products" },
			{ "PUT", "/api/admin/products/{id}" }, { "DELETE", "/api/admin/products/{id}" },
			{ "PUT", "/api/admin/products/{id}/price" }, { "PUT", "/api/admin/products/{id}/stock" },
			{ "GET", "/api/admin/shipping-rules" }, { "POST", "/api/admin/shipping-rules" },
			{ "POST", "/api/admin/orders/{id}/ship" }, { "POST", "/api/admin/orders/{id}/deliver" },
			{ "GET", "/api/admin/orders" }, { "GET", "/api/admin/logs" }, { "POST", "/api/admin/users/{id}/roles" },
			{ "GET", "/api/admin/inventory/low-stock" } };

	static final String[] NASTY_BODIES = { "{", "[]", "null", "\"text\"", "{\"quantity\":\"many\"}",
			"{\"quantity\":1e400,\"amount\":\"99999999999999999999999999999999.999\"}",
			"{\"productId\":\"' OR 1=1 --\",\"email\":\"<script>alert(1)</script>@x.com\"}",
			"{\"name\":\"\\u0000\\uD83D\\uDE00 \u00e9\u6f22\u5b57\",\"stars\":-2147483649}",
			"{\"productId\":{\"$gt\":\"\"},\"quantity\":[1,2]}" };

	String admin;

	String shopper;

	@BeforeAll
	void logIn(ShopApi api) {
		this.admin = Shoppers.admin(api).accessToken();
		this.shopper = Shoppers.newShopperSession(api).accessToken();
	}

	@Test
	void api1BrokenObjectLevelAuthorizationHidesOtherShoppersThings(ShopApi api) {
		String alice = Shoppers.newShopperSession(api).accessToken();
		String address = CheckoutJourneyTests.addAddress(api, alice);
		assertThat(api
			.put("/api/auth/profile/addresses/" + address,
					ShopApi.json()
						.put("name", "Mallory")
						.put("line1", "x")
						.put("city", "x")
						.put("postalCode", "1")
						.put("country", "DE"))
			.token(this.shopper)
			.send()
			.status()).isEqualTo(404);
		Catalog.Product product = Catalog.create(api, this.admin, "BOLA Probe", "Bola" + UUID.randomUUID(), "probe",
				"5.00", 5);
		String item = CartJourneyTests.add(api, alice, product.productId(), 1).text("itemId");
		assertThat(api.put("/api/cart/items/" + item, ShopApi.json().put("quantity", 2))
			.token(this.shopper)
			.send()
			.status()).isEqualTo(404);
		ShopApi.Response order = CheckoutJourneyTests.checkout(api, alice, UUID.randomUUID().toString(),
				CheckoutJourneyTests.inlineAddress());
		String orderId = order.text("orderId");
		for (String path : new String[] { "/api/orders/" + orderId + "/confirm",
				"/api/orders/" + orderId + "/cancel" }) {
			assertThat(api.post(path, null).token(this.shopper).send().status()).as(path).isEqualTo(404);
		}
		assertThat(api.get("/api/orders/" + orderId).token(this.shopper).send().status()).isEqualTo(404);
		assertThat(api
			.post("/api/orders/" + orderId + "/rate",
					ShopApi.json().put("productId", product.productId()).put("stars", 5))
			.token(this.shopper)
			.send()
			.status()).isIn(404, 422);
	}

	@Test
	void api3PropertyLevelAuthorizationIgnoresPricesAndStatusesInBodies(ShopApi api) {
		Catalog.Product product = Catalog.create(api, this.admin, "Mass Assignment Probe", "Mass" + UUID.randomUUID(),
				"probe", "500.00", 5);
		String token = Shoppers.newShopperSession(api).accessToken();
		ShopApi.Response added = api
			.post("/api/cart/items",
					"{\"productId\":\"" + product.productId()
							+ "\",\"quantity\":1,\"lockedPrice\":{\"amount\":\"0.01\","
							+ "\"currency\":\"USD\"},\"price\":\"0.01\"}")
			.token(token)
			.send();
		assertThat(added.status()).isEqualTo(201);
		assertThat(api.get("/api/cart").token(token).send().text("subtotal.amount")).isEqualTo("500.00");
		ShopApi.Response order = api
			.post("/api/orders", CheckoutJourneyTests.inlineAddress().put("status", "CONFIRMED").put("total", "0.01"))
			.token(token)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.send();
		assertThat(order.status()).isEqualTo(201);
		assertThat(order.text("status")).isEqualTo("PAYMENT_PENDING");
		assertThat(order.text("total.amount")).isNotEqualTo("0.01");
	}

	@Test
	void api4UnrestrictedResourceConsumptionIsCapped(ShopApi api) {
		assertThat(api.get("/api/products?size=100000").send().at("size").asInt()).isEqualTo(100);
		assertThat(api.post("/api/auth/login", "{\"email\":\"" + "x".repeat(3_000_000) + "\"}").send().status())
			.isEqualTo(413);
		int tooMany = 0;
		for (int i = 0; i < 40 && tooMany == 0; i++) {
			ShopApi.Response response = api
				.post("/api/auth/login",
						ShopApi.json().put("email", "victim@e2e.example.com").put("password", "guess-" + i))
				.send();
			if (response.status() == 429) {
				tooMany++;
				assertThat(response.header("Retry-After")).isNotBlank();
				assertThat(response.contentType()).isEqualTo("application/problem+json");
			}
		}
		assertThat(tooMany).as("login attempts are throttled").isPositive();
	}

	@Test
	void api5FunctionLevelAuthorizationKeepsAdminPathsForAdmins(ShopApi api) {
		for (String[] endpoint : ENDPOINTS) {
			if (!endpoint[1].startsWith("/api/admin/")) {
				continue;
			}
			ShopApi.Response response = call(api, endpoint[0], fill(endpoint[1]), "{}", this.shopper);
			assertThat(response.status()).as(endpoint[0] + " " + endpoint[1] + " as a shopper").isEqualTo(403);
			assertThat(call(api, endpoint[0], fill(endpoint[1]), "{}", null).status())
				.as(endpoint[0] + " " + endpoint[1] + " anonymously")
				.isEqualTo(401);
		}
	}

	@Test
	void api8SecurityMisconfigurationRevealsNothing(ShopApi api) {
		ShopApi.Response response = api.post("/api/cart/items", "{\"productId\":").token(this.shopper).send();
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at shop.").doesNotContain("<html");
		assertThat(api.get("/api/products").send().header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void fuzzedInputNeverCausesA5xx(ShopApi api) {
		List<String> failures = new ArrayList<>();
		// its own shopper, whose session the fuzzed logout ends last
		String fuzzer = Shoppers.newShopperSession(api).accessToken();
		List<String[]> endpoints = new ArrayList<>(List.of(ENDPOINTS));
		endpoints.sort(java.util.Comparator.comparing((String[] endpoint) -> endpoint[1].equals("/api/auth/logout")));
		for (String[] endpoint : endpoints) {
			for (String body : NASTY_BODIES) {
				String token = endpoint[1].startsWith("/api/admin/") ? this.admin : fuzzer;
				for (String path : new String[] { fill(endpoint[1]),
						endpoint[1].replace("{id}", "%27%20OR%201%3D1%20--") }) {
					ShopApi.Response response;
					try {
						response = call(api, endpoint[0], path + "?page=-1&size=abc&minPrice=%F0%9F%98%80", body,
								token);
					}
					catch (RuntimeException ex) {
						continue;
					}
					if (response.status() >= 500) {
						failures.add(endpoint[0] + " " + path + " " + body + " -> " + response.status());
					}
					else if (response.status() >= 400 && response.status() != 405
							&& !"application/problem+json".equals(response.contentType())) {
						failures.add(endpoint[0] + " " + path + " " + body + " -> " + response.status() + " as "
								+ response.contentType());
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	static String fill(String path) {
		return path.replace("{id}", UUID.randomUUID().toString());
	}

	static ShopApi.Response call(ShopApi api, String method, String path, String body, String token) {
		ShopApi.Call call = switch (method) {
			case "GET" -> api.get(path);
			case "DELETE" -> api.delete(path);
			case "PUT" -> api.put(path, body);
			default -> api.post(path, body);
		};
		return (token != null) ? call.token(token).send() : call.send();
	}

}

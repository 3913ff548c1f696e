package shop.cart.cart;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import shop.cart.CartTestSupport;
import shop.common.test.Http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CartIntegrationTests extends CartTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID userId = UUID.randomUUID();

	private final String token = bearer(this.userId);

	@Test
	void startsAnEmptyOpenCartOnFirstUse() throws Exception {
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").isNotEmpty())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.subtotal.amount").value("0.00"))
			.andExpect(jsonPath("$.subtotal.currency").value("USD"))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
		String first = cartId();
		assertThat(cartId()).isEqualTo(first);
	}

	@Test
	void locksThePriceAndReservesTheStockOfAnAddedItem() throws Exception {
		Product cable = Product.of("USB cable", "19.99");
		servicesKnow(cable);
		this.mvc.perform(add(cable, 2))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cart/items/")))
			.andExpect(jsonPath("$.itemId").isNotEmpty())
			.andExpect(jsonPath("$.productId").value(cable.id().toString()))
			.andExpect(jsonPath("$.name").value("USB cable"))
			.andExpect(jsonPath("$.quantity").value(2))
			.andExpect(jsonPath("$.lockedPrice.amount").value("19.99"))
			.andExpect(jsonPath("$.lockedPrice.currency").value("USD"))
			.andExpect(jsonPath("$.currentPrice.amount").value("19.99"))
			.andExpect(jsonPath("$.priceChanged").value(false))
			.andExpect(jsonPath("$.lineTotal.amount").value("39.98"));
		String cartId = cartId();
		services.verify(putRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId + "/" + cable.id()))
			.withHeader("X-Api-Key", equalTo("cart-key"))
			.withHeader("X-User-Id", equalTo(this.userId.toString()))
			.withHeader("X-Request-Id", matching(".+"))
			.withRequestBody(equalToJson("{\"quantity\":2,\"ttlSeconds\":1800}")));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.subtotal.amount").value("39.98"))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void addingAProductAlreadyInTheCartAddsToItsLine() throws Exception {
		Product cable = Product.of("HDMI cable", "5.00");
		servicesKnow(cable);
		this.mvc.perform(add(cable, 2)).andExpect(status().isCreated());
		this.mvc.perform(add(cable, 3)).andExpect(status().isCreated()).andExpect(jsonPath("$.quantity").value(5));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].quantity").value(5))
			.andExpect(jsonPath("$.subtotal.amount").value("25.00"));
		services.verify(putRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId() + "/" + cable.id()))
			.withRequestBody(matchingJsonPath("$.quantity", equalTo("5"))));
	}

	@Test
	void keepsTheLockedPriceWhenThePriceChangesAndWarnsAboutIt() throws Exception {
		Product monitor = Product.of("Monitor", "199.90");
		servicesKnow(monitor);
		this.mvc.perform(add(monitor, 2)).andExpect(status().isCreated());
		pricesAre(monitor.costing("219.00"));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].lockedPrice.amount").value("199.90"))
			.andExpect(jsonPath("$.items[0].currentPrice.amount").value("219.00"))
			.andExpect(jsonPath("$.items[0].priceChanged").value(true))
			.andExpect(jsonPath("$.items[0].lineTotal.amount").value("399.80"))
			.andExpect(jsonPath("$.subtotal.amount").value("399.80"))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].code").value("PRICE_CHANGED"))
			.andExpect(jsonPath("$.warnings[0].productId").value(monitor.id().toString()))
			.andExpect(jsonPath("$.warnings[0].message").isNotEmpty());
	}

	@Test
	void reservationsFollowEveryCartChange() throws Exception {
		Product mouse = Product.of("Mouse", "12.00");
		Product keyboard = Product.of("Keyboard", "30.00");
		servicesKnow(mouse, keyboard);
		String itemId = itemId(this.mvc.perform(add(mouse, 1)).andExpect(status().isCreated()).andReturn());
		String cartId = cartId();
		String mousePath = "/internal/reservations/" + cartId + "/" + mouse.id();
		this.mvc
			.perform(put("/api/cart/items/" + itemId).header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":4}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quantity").value(4))
			.andExpect(jsonPath("$.lineTotal.amount").value("48.00"));
		this.mvc.perform(delete("/api/cart/items/" + itemId).header("Authorization", this.token))
			.andExpect(status().isNoContent());
		assertThat(reservedQuantities(mousePath)).containsExactly(1, 4, 0);
		this.mvc.perform(add(keyboard, 2)).andExpect(status().isCreated());
		this.mvc.perform(delete("/api/cart").header("Authorization", this.token)).andExpect(status().isNoContent());
		services.verify(exactly(1), deleteRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId)));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.cartId").value(cartId))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void refusesMoreThanIsInStockWithTheAvailableQuantity() throws Exception {
		Product ssd = Product.of("SSD", "89.00");
		servicesKnow(ssd);
		services.stubFor(WireMock.put(urlPathMatching("/internal/reservations/[^/]+/" + ssd.id()))
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"status\":409,\"code\":\"OUT_OF_STOCK\",\"detail\":\"only 3\",\"available\":3}")));
		this.mvc.perform(add(ssd, 5))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$.available").value(3));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(reservedQuantities("/internal/reservations/" + cartId() + "/" + ssd.id())).containsExactly(5);
	}

	@Test
	void setsTheReservationBackWhenItsChangeMayHaveFailedHalfway() throws Exception {
		Product dock = Product.of("Dock", "150.00");
		servicesKnow(dock);
		services.stubFor(WireMock.put(urlPathMatching("/internal/reservations/[^/]+/" + dock.id()))
			.withRequestBody(matchingJsonPath("$.quantity", equalTo("2")))
			.willReturn(okJson("{}").withFixedDelay(1500)));
		this.mvc.perform(add(dock, 2))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
		List<Integer> quantities = reservedQuantities("/internal/reservations/" + cartId() + "/" + dock.id());
		assertThat(quantities).last().isEqualTo(0);
		assertThat(quantities).contains(2);
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void endsTwoConcurrentAddsOfTheSameProductWithTheirSum() throws Exception {
		Product adapter = Product.of("Adapter", "7.50");
		servicesKnow(adapter);
		services.stubFor(WireMock.put(urlPathMatching("/internal/reservations/[^/]+/" + adapter.id()))
			.willReturn(okJson("{}").withFixedDelay(200)));
		String url = "http://localhost:" + this.port + "/api/cart/items";
		List<Callable<HttpResponse<String>>> adds = new ArrayList<>();
		for (int quantity = 1; quantity <= 4; quantity++) {
			String body = "{\"productId\":\"" + adapter.id() + "\",\"quantity\":" + quantity + "}";
			adds.add(() -> Http.post(url, body, "Authorization", this.token));
		}
		try (ExecutorService executor = Executors.newFixedThreadPool(adds.size())) {
			for (Future<HttpResponse<String>> response : executor.invokeAll(adds)) {
				assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
			}
		}
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].quantity").value(10))
			.andExpect(jsonPath("$.subtotal.amount").value("75.00"));
		List<Integer> reserved = reservedQuantities("/internal/reservations/" + cartId() + "/" + adapter.id());
		assertThat(reserved).hasSize(4).last().isEqualTo(10);
		assertThat(reserved).isSorted();
	}

	@Test
	void rejectsBadQuantitiesAndMalformedIdsWith400() throws Exception {
		Product cable = Product.of("Cable", "1.00");
		servicesKnow(cable);
		for (String quantity : List.of("0", "-1", "1000", "null")) {
			this.mvc
				.perform(post("/api/cart/items").header("Authorization", this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"productId\":\"" + cable.id() + "\",\"quantity\":" + quantity + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
				.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		}
		this.mvc
			.perform(post("/api/cart/items").header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"not-a-uuid\",\"quantity\":1}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/cart/items/not-a-uuid").header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemId"));
		String itemId = itemId(this.mvc.perform(add(cable, 1)).andReturn());
		this.mvc
			.perform(put("/api/cart/items/" + itemId).header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":0}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesALineAboveTheQuantityLimit() throws Exception {
		Product screw = Product.of("Screw", "0.10");
		servicesKnow(screw);
		this.mvc.perform(add(screw, 999)).andExpect(status().isCreated());
		this.mvc.perform(add(screw, 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("CART_LIMIT_EXCEEDED"))
			.andExpect(jsonPath("$.maxQuantity").value(999));
		assertThat(reservedQuantities("/internal/reservations/" + cartId() + "/" + screw.id())).containsExactly(999);
	}

	@Test
	void answers404ForUnknownOrDeletedProductsAndForAnotherUsersItems() throws Exception {
		Product known = Product.of("Known", "3.00");
		Product gone = Product.of("Gone", "3.00").deleted();
		servicesKnow(known, gone);
		this.mvc.perform(add(Product.of("Unknown", "1.00"), 1))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
		this.mvc.perform(add(gone, 1)).andExpect(status().isNotFound());
		String itemId = itemId(this.mvc.perform(add(known, 1)).andReturn());
		String stranger = bearer(UUID.randomUUID());
		this.mvc
			.perform(put("/api/cart/items/" + itemId).header("Authorization", stranger)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\":2}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/cart/items/" + itemId).header("Authorization", stranger))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items[0].quantity").value(1));
	}

	@Test
	void answers409ForAProductWithoutAPrice() throws Exception {
		Product unpriced = Product.of("Prototype", "1.00").costing(null);
		servicesKnow(unpriced);
		this.mvc.perform(add(unpriced, 1))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PRODUCT_UNAVAILABLE"));
	}

	@Test
	void warnsAboutLowStockAndUnavailableProducts() throws Exception {
		Product scarce = Product.of("Scarce", "10.00").withOnHand(4);
		Product retired = Product.of("Retired", "10.00");
		servicesKnow(scarce, retired);
		this.mvc.perform(add(scarce, 1)).andExpect(status().isCreated());
		this.mvc.perform(add(retired, 1)).andExpect(status().isCreated());
		catalogHas(scarce, retired.deleted());
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.warnings", hasSize(2)))
			.andExpect(jsonPath("$.warnings[?(@.productId == '" + scarce.id() + "')].code").value("STOCK_LOW"))
			.andExpect(
					jsonPath("$.warnings[?(@.productId == '" + retired.id() + "')].code").value("PRODUCT_UNAVAILABLE"));
	}

	@Test
	void showsTheCartWithLockedPricesWhenPricingIsDown() throws Exception {
		Product lamp = Product.of("Lamp", "25.00");
		servicesKnow(lamp);
		this.mvc.perform(add(lamp, 1)).andExpect(status().isCreated());
		services
			.stubFor(WireMock.post(urlPathEqualTo("/internal/prices/lookup")).willReturn(aResponse().withStatus(503)));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].lockedPrice.amount").value("25.00"))
			.andExpect(jsonPath("$.items[0].currentPrice").doesNotExist())
			.andExpect(jsonPath("$.items[0].priceChanged").value(false))
			.andExpect(jsonPath("$.subtotal.amount").value("25.00"));
		this.mvc.perform(add(lamp, 1))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void renewsTheReservationsOnActivity() throws Exception {
		Product fan = Product.of("Fan", "40.00");
		servicesKnow(fan);
		this.mvc.perform(add(fan, 1)).andExpect(status().isCreated());
		String renew = "/internal/reservations/" + cartId() + "/renew";
		int before = services.findAll(postRequestedFor(urlPathEqualTo(renew))).size();
		this.clock.advance(java.time.Duration.ofMinutes(5));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token)).andExpect(status().isOk());
		services.verify(before + 1,
				postRequestedFor(urlPathEqualTo(renew)).withRequestBody(equalToJson("{\"ttlSeconds\":1800}")));
	}

	@Test
	void requiresAnAccessToken() throws Exception {
		this.mvc.perform(get("/api/cart")).andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.RequestBuilder add(Product product, int quantity) {
		return post("/api/cart/items").header("Authorization", this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"productId\":\"" + product.id() + "\",\"quantity\":" + quantity + "}");
	}

	private String cartId() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/cart").header("Authorization", this.token)).andReturn();
		return JSON.readTree(result.getResponse().getContentAsString()).get("cartId").asString();
	}

	private static String itemId(MvcResult result) throws Exception {
		JsonNode item = JSON.readTree(result.getResponse().getContentAsString());
		return item.get("itemId").asString();
	}

	private static List<Integer> reservedQuantities(String path) {
		List<LoggedRequest> requests = new ArrayList<>(services.findAll(putRequestedFor(urlPathEqualTo(path))));
		requests.sort(java.util.Comparator.comparing(LoggedRequest::getLoggedDate));
		return requests.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()).get("quantity").asInt())
			.toList();
	}

}

package shop.cart.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import shop.cart.CartTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CartReconcilerIntegrationTests extends CartTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	CartReconciler reconciler;

	@Autowired
	JdbcTemplate jdbc;

	private final UUID userId = UUID.randomUUID();

	private final String token = bearer(this.userId);

	@Test
	void repairsTheReservationsACrashLeftBehind() throws Exception {
		Product router = Product.of("Router", "80.00");
		Product gone = Product.of("Switch", "60.00");
		servicesKnow(router, gone);
		add(router, 3);
		UUID cartId = UUID.fromString(cartId());
		Instant longAgo = this.clock.instant().minus(Duration.ofMinutes(10));
		insertIntent(cartId, router.id(), longAgo);
		insertIntent(cartId, gone.id(), longAgo);
		UUID fresh = insertIntent(cartId, router.id(), this.clock.instant());
		services.resetRequests();
		assertThat(drain(this.reconciler::repairLeftBehind)).isGreaterThanOrEqualTo(2);
		services.verify(1, putRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId + "/" + router.id()))
			.withRequestBody(matchingJsonPath("$.quantity", equalTo("3"))));
		services.verify(1, putRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId + "/" + gone.id()))
			.withRequestBody(matchingJsonPath("$.quantity", equalTo("0"))));
		assertThat(intentsOf(cartId)).containsExactly(fresh);
	}

	@Test
	void keepsAnIntentWhileFulfillmentCannotBeReached() throws Exception {
		Product router = Product.of("Router", "80.00");
		servicesKnow(router);
		add(router, 1);
		UUID cartId = UUID.fromString(cartId());
		UUID intent = insertIntent(cartId, null, this.clock.instant().minus(Duration.ofMinutes(10)));
		services.stubFor(WireMock.put(urlPathMatching("/internal/reservations/" + cartId + "/.*"))
			.willReturn(aResponse().withStatus(503)));
		drain(this.reconciler::repairLeftBehind);
		assertThat(intentsOf(cartId)).contains(intent);
	}

	@Test
	void expiresIdleCartsAndReleasesTheirReservations() throws Exception {
		Product router = Product.of("Router", "80.00");
		servicesKnow(router);
		add(router, 2);
		String cartId = cartId();
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(drain(this.reconciler::expireIdleCarts)).isGreaterThanOrEqualTo(1);
		services.verify(1, deleteRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId)));
		assertThat(this.jdbc.queryForObject("select status from cart.carts where id = ?::uuid", String.class, cartId))
			.isEqualTo("EXPIRED");
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.cartId").value(not(cartId)))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void startsANewCartWhenTheShopperReturnsAfterExpiry() throws Exception {
		Product router = Product.of("Router", "80.00");
		servicesKnow(router);
		add(router, 2);
		String cartId = cartId();
		this.clock.advance(Duration.ofMinutes(45));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").value(not(cartId)))
			.andExpect(jsonPath("$.items", hasSize(0)));
		services.verify(1, deleteRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId)));
		assertThat(intentsOf(UUID.fromString(cartId))).isEmpty();
		assertThat(intentsOf(UUID.fromString(cartId()))).isEmpty();
	}

	@Test
	void leavesTheReleaseOfAnExpiredCartToTheJobWhenFulfillmentIsDown() throws Exception {
		Product router = Product.of("Router", "80.00");
		servicesKnow(router);
		add(router, 2);
		UUID cartId = UUID.fromString(cartId());
		this.clock.advance(Duration.ofMinutes(45));
		services.stubFor(WireMock.delete(urlPathEqualTo("/internal/reservations/" + cartId))
			.willReturn(aResponse().withStatus(503)));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token)).andExpect(status().isOk());
		assertThat(intentsOf(cartId)).hasSize(1);
		services.stubFor(WireMock.delete(urlPathEqualTo("/internal/reservations/" + cartId))
			.willReturn(aResponse().withStatus(204)));
		this.clock.advance(Duration.ofMinutes(5));
		drain(this.reconciler::repairLeftBehind);
		assertThat(intentsOf(cartId)).isEmpty();
	}

	/**
	 * Runs a job until a run finds nothing more to do: carts and intents that other tests
	 * left are repaired or expired along the way.
	 */
	private static int drain(java.util.function.IntSupplier job) {
		int total = 0;
		for (int done = job.getAsInt(); done > 0; done = job.getAsInt()) {
			total += done;
		}
		return total;
	}

	private UUID insertIntent(UUID cartId, UUID productId, Instant createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into cart.reservation_intents (id, cart_id, product_id, created_at) values (?, ?, ?, ?)", id,
				cartId, productId, java.sql.Timestamp.from(createdAt));
		return id;
	}

	private java.util.List<UUID> intentsOf(UUID cartId) {
		return this.jdbc.queryForList("select id from cart.reservation_intents where cart_id = ?", UUID.class, cartId);
	}

	private void add(Product product, int quantity) throws Exception {
		this.mvc
			.perform(post("/api/cart/items").header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"" + product.id() + "\",\"quantity\":" + quantity + "}"))
			.andExpect(status().isCreated());
	}

	private String cartId() throws Exception {
		String body = this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("cartId").asString();
	}

}

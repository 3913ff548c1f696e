package shop.cart.cart;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import shop.cart.CartTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InternalCartApiIntegrationTests extends CartTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID userId = UUID.randomUUID();

	private final String token = bearer(this.userId);

	private final UUID orderId = UUID.randomUUID();

	@Test
	void locksTheCartForAnOrderWithLockedAndCurrentPrices() throws Exception {
		Product tv = Product.of("TV", "499.00");
		servicesKnow(tv);
		addToCart(tv, 2);
		pricesAre(tv.costing("479.00"));
		String cartId = cartId();
		lock(this.orderId).andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").value(cartId))
			.andExpect(jsonPath("$.status").value("LOCKED"))
			.andExpect(jsonPath("$.orderId").value(this.orderId.toString()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].productId").value(tv.id().toString()))
			.andExpect(jsonPath("$.items[0].sku").value(tv.sku()))
			.andExpect(jsonPath("$.items[0].name").value("TV"))
			.andExpect(jsonPath("$.items[0].quantity").value(2))
			.andExpect(jsonPath("$.items[0].lockedPrice.amount").value("499.00"))
			.andExpect(jsonPath("$.items[0].currentPrice.amount").value("479.00"));
		lock(this.orderId).andExpect(status().isOk()).andExpect(jsonPath("$.cartId").value(cartId));
		services.verify(postRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId + "/renew")));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.status").value("LOCKED"));
	}

	@Test
	void refusesEveryChangeWhileLocked() throws Exception {
		Product cam = Product.of("Camera", "300.00");
		servicesKnow(cam);
		String itemId = addToCart(cam, 1);
		lock(this.orderId).andExpect(status().isOk());
		RequestBuilder[] changes = {
				post("/api/cart/items").header("Authorization", this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"productId\":\"" + cam.id() + "\",\"quantity\":1}"),
				put("/api/cart/items/" + itemId).header("Authorization", this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"quantity\":3}"),
				delete("/api/cart/items/" + itemId).header("Authorization", this.token),
				delete("/api/cart").header("Authorization", this.token) };
		for (RequestBuilder change : changes) {
			this.mvc.perform(change)
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("CART_LOCKED"))
				.andExpect(jsonPath("$.type").value("https://wholesale-shop.dev/problems/cart-locked"));
		}
		services.verify(1, WireMock.putRequestedFor(WireMock.urlPathMatching("/internal/reservations/.*")));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items[0].quantity").value(1));
	}

	@Test
	void refusesALockByAnotherOrderAndAnEmptyCart() throws Exception {
		lock(this.orderId).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("CART_EMPTY"));
		Product pen = Product.of("Pen", "1.50");
		servicesKnow(pen);
		addToCart(pen, 1);
		lock(this.orderId).andExpect(status().isOk());
		lock(UUID.randomUUID()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CART_LOCKED"));
	}

	@Test
	void unlocksOnlyForTheOrderHoldingTheLock() throws Exception {
		Product pen = Product.of("Pen", "1.50");
		servicesKnow(pen);
		addToCart(pen, 1);
		String cartId = cartId();
		lock(this.orderId).andExpect(status().isOk());
		internal("/internal/carts/" + cartId + "/unlock", UUID.randomUUID()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LOCKED"));
		internal("/internal/carts/" + cartId + "/unlock", this.orderId).andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").value(cartId))
			.andExpect(jsonPath("$.status").value("OPEN"));
		internal("/internal/carts/" + cartId + "/unlock", this.orderId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		addToCart(pen, 1);
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.items[0].quantity").value(2));
	}

	@Test
	void checksOutOnceAndStartsANewCartAfterwards() throws Exception {
		Product pen = Product.of("Pen", "1.50");
		servicesKnow(pen);
		addToCart(pen, 1);
		String cartId = cartId();
		internal("/internal/carts/" + cartId + "/checkout", this.orderId).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CART_NOT_LOCKED"));
		lock(this.orderId).andExpect(status().isOk());
		internal("/internal/carts/" + cartId + "/checkout", this.orderId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED_OUT"));
		internal("/internal/carts/" + cartId + "/checkout", this.orderId).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED_OUT"));
		lock(this.orderId).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED_OUT"));
		this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andExpect(jsonPath("$.cartId").value(not(cartId)))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.items", hasSize(0)));
		services.verify(0, com.github.tomakehurst.wiremock.client.WireMock
			.deleteRequestedFor(urlPathEqualTo("/internal/reservations/" + cartId)));
	}

	@Test
	void answers404ForAnUnknownCart() throws Exception {
		internal("/internal/carts/" + UUID.randomUUID() + "/unlock", this.orderId).andExpect(status().isNotFound());
	}

	@Test
	void letsOnlyOrdersServiceLockCarts() throws Exception {
		String body = "{\"userId\":\"" + this.userId + "\",\"orderId\":\"" + this.orderId + "\"}";
		this.mvc
			.perform(post("/internal/carts/lock").header("X-Api-Key", "catalog-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/internal/carts/lock").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/internal/carts/lock").header("X-Api-Key", "orders-key")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"userId\":\"" + this.userId + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderId"));
	}

	private ResultActions lock(UUID orderId) throws Exception {
		return this.mvc.perform(post("/internal/carts/lock").header("X-Api-Key", "orders-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"userId\":\"" + this.userId + "\",\"orderId\":\"" + orderId + "\"}"));
	}

	private ResultActions internal(String path, UUID orderId) throws Exception {
		return this.mvc.perform(post(path).header("X-Api-Key", "orders-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"orderId\":\"" + orderId + "\"}"));
	}

	private String addToCart(Product product, int quantity) throws Exception {
		String body = this.mvc
			.perform(post("/api/cart/items").header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"" + product.id() + "\",\"quantity\":" + quantity + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("itemId").asString();
	}

	private String cartId() throws Exception {
		String body = this.mvc.perform(get("/api/cart").header("Authorization", this.token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("cartId").asString();
	}

}

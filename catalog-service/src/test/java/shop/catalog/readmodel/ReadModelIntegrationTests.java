package shop.catalog.readmodel;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.catalog.CatalogIntegrationTest;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReadModelIntegrationTests extends CatalogIntegrationTest {

	@Test
	void theNextListSortedByPriceReflectsAPriceChange() throws Exception {
		String category = category("Routers", "rt-" + unique(), null);
		UUID cheap = product("RT-" + unique(), "Router Cheap", "TP-Link", category, "Wi-Fi 6", "{}");
		UUID dear = product("RT-" + unique(), "Router Dear", "Netgear", category, "Wi-Fi 7", "{}");
		Instant t = Instant.now();
		pushPrice(cheap, "49.00", t);
		pushPrice(dear, "299.00", t);
		list("category=" + category + "&sort=price")
			.andExpect(jsonPath("$.items[*].name", contains("Router Cheap", "Router Dear")));
		pushPrice(dear, "19.00", t.plusSeconds(1));
		list("category=" + category + "&sort=price")
			.andExpect(jsonPath("$.items[*].name", contains("Router Dear", "Router Cheap")));
		list("category=" + category + "&maxPrice=20").andExpect(jsonPath("$.items[*].name", contains("Router Dear")));
	}

	@Test
	void ignoresAChangeOlderThanTheOneItHas() throws Exception {
		String category = category("Switches", "sw-" + unique(), null);
		UUID product = product("SW-" + unique(), "Switch 8", "Netgear", category, "Gigabit", "{}");
		Instant t = Instant.now();
		pushPrice(product, "80.00", t);
		pushPrice(product, "10.00", t.minusSeconds(60));
		list("category=" + category + "&maxPrice=50").andExpect(jsonPath("$.totalItems").value(0));
		pushPrice(product, "80.00", t);
		list("category=" + category + "&minPrice=80&maxPrice=80").andExpect(jsonPath("$.totalItems").value(1));
		pushStock(product, 4, t);
		pushStock(product, 0, t.minusSeconds(1));
		list("category=" + category + "&inStock=true").andExpect(jsonPath("$.totalItems").value(1));
		pushStock(product, 0, t.plusSeconds(1));
		list("category=" + category + "&inStock=true").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void ignoresPricesInOtherCurrencies() throws Exception {
		String category = category("Racks", "rack-" + unique(), null);
		UUID product = product("RACK-" + unique(), "Rack 12U", "StarTech", category, "Wall mount", "{}");
		internal(post("/internal/read-model/prices"), "pricing-key",
				"{\"changes\":[{\"productId\":\"" + product
						+ "\",\"amount\":\"5.00\",\"currency\":\"EUR\",\"changedAt\":\"" + Instant.now() + "\"}]}")
			.andExpect(status().isNoContent());
		list("category=" + category + "&maxPrice=10").andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void showsANewRatingAtOnceThoughProductsAreCached() throws Exception {
		String category = category("Keyboards", "kb-" + unique(), null);
		UUID product = product("KB-" + unique(), "Clack Keyboard", "Keychron", category, "Mechanical", "{}");
		this.mvc.perform(get("/api/products/" + product)).andExpect(jsonPath("$.rating.count").value(0));
		pushRating(product, "4.25", 4, Instant.now());
		this.mvc.perform(get("/api/products/" + product))
			.andExpect(jsonPath("$.rating.average").value(4.25))
			.andExpect(jsonPath("$.rating.count").value(4));
	}

	@Test
	void validatesChanges() throws Exception {
		internal(post("/internal/read-model/prices"), "pricing-key",
				"{\"changes\":[{\"productId\":\"" + UUID.randomUUID() + "\",\"amount\":\"-1\",\"currency\":\"USD\"}]}")
			.andExpect(status().isBadRequest());
		internal(post("/internal/read-model/ratings"), "rating-key", "{\"changes\":[{\"productId\":\""
				+ UUID.randomUUID() + "\",\"average\":7,\"count\":1,\"changedAt\":\"" + Instant.now() + "\"}]}")
			.andExpect(status().isBadRequest());
	}

}

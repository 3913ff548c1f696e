package shop.catalog.product;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.catalog.CatalogIntegrationTest;
import shop.common.test.TestKeys;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProductAdminIntegrationTests extends CatalogIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsAProductWithLivePriceAndStockAndItsRating() throws Exception {
		String category = category("Monitors", "mon-" + unique(), null);
		UUID product = product("MON-" + unique(), "Vista 27 QHD Monitor", "Dell", category, "27 inch IPS",
				"{\"panel\":\"IPS\"}");
		services.stubFor(WireMock.post(urlEqualTo("/internal/prices/lookup"))
			.willReturn(okJson("{\"prices\":[{\"productId\":\"" + product
					+ "\",\"amount\":\"329.99\",\"currency\":\"USD\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}]}")));
		services.stubFor(WireMock.post(urlEqualTo("/internal/stock/lookup"))
			.willReturn(okJson("{\"stock\":[{\"productId\":\"" + product
					+ "\",\"onHand\":9,\"reserved\":2,\"available\":7,\"lowStockThreshold\":5,\"inStock\":true,\"low\":false}]}")));
		this.mvc.perform(get("/api/products/" + product))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.productId").value(product.toString()))
			.andExpect(jsonPath("$.name").value("Vista 27 QHD Monitor"))
			.andExpect(jsonPath("$.brand").value("Dell"))
			.andExpect(jsonPath("$.category").value(category))
			.andExpect(jsonPath("$.description").value("27 inch IPS"))
			.andExpect(jsonPath("$.attributes.panel").value("IPS"))
			.andExpect(jsonPath("$.images", hasSize(1)))
			.andExpect(jsonPath("$.price.amount").value("329.99"))
			.andExpect(jsonPath("$.price.currency").value("USD"))
			.andExpect(jsonPath("$.stock.available").value(7))
			.andExpect(jsonPath("$.stock.inStock").value(true))
			.andExpect(jsonPath("$.rating.average").isEmpty())
			.andExpect(jsonPath("$.rating.count").value(0));
		services.verify(
				com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/internal/prices/lookup"))
					.withHeader("X-Api-Key", WireMock.equalTo("catalog-key")));
	}

	@Test
	void stillShowsProductsWhenPricingIsDownWithoutAPrice() throws Exception {
		String category = category("Cables", "cab-" + unique(), null);
		UUID product = product("CAB-" + unique(), "USB-C Cable 2m", "Anker", category, "Braided", "{}");
		services.stubFor(WireMock.post(urlEqualTo("/internal/prices/lookup")).willReturn(serviceUnavailable()));
		this.mvc.perform(get("/api/products/" + product))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.price").isEmpty())
			.andExpect(jsonPath("$.stock.available").value(0))
			.andExpect(jsonPath("$.stock.inStock").value(false));
	}

	@Test
	void cachesProductDocumentsAndEvictsThemOnAnAdminChange() throws Exception {
		String category = category("Mice", "mice-" + unique(), null);
		String sku = "MOU-" + unique();
		UUID product = product(sku, "Glide Mouse", "Logitech", category, "Wireless", "{}");
		this.mvc.perform(get("/api/products/" + product)).andExpect(jsonPath("$.name").value("Glide Mouse"));
		this.jdbc.sql(
				"update products set document = jsonb_set(document, '{name}', '\"Changed behind the cache\"') where id = ?")
			.param(product)
			.update();
		this.mvc.perform(get("/api/products/" + product)).andExpect(jsonPath("$.name").value("Glide Mouse"));
		asAdmin(put("/api/admin/products/" + product),
				"{\"sku\":\"" + sku + "\",\"name\":\"Glide Mouse 2\"," + "\"brand\":\"Logitech\",\"category\":\""
						+ category + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Glide Mouse 2"));
		this.mvc.perform(get("/api/products/" + product)).andExpect(jsonPath("$.name").value("Glide Mouse 2"));
	}

	@Test
	void softDeletesAProductForShoppersButNotForLookups() throws Exception {
		String category = category("Hubs", "hub-" + unique(), null);
		UUID product = product("HUB-" + unique(), "Seven Port Hub", "Anker", category, "USB 3", "{}");
		this.mvc.perform(get("/api/products/" + product)).andExpect(status().isOk());
		asAdmin(delete("/api/admin/products/" + product), null).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/products/" + product))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
		this.mvc.perform(get("/api/products?category=" + category)).andExpect(jsonPath("$.totalItems").value(0));
		asAdmin(delete("/api/admin/products/" + product), null).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/products/" + UUID.randomUUID())).andExpect(status().isNotFound());
		UUID unknown = UUID.randomUUID();
		internal(post("/internal/products/lookup"), "cart-key",
				"{\"productIds\":[\"" + product + "\",\"" + unknown + "\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.products", hasSize(1)))
			.andExpect(jsonPath("$.products[0].active").value(false))
			.andExpect(jsonPath("$.products[0].weightGrams").value(1200))
			.andExpect(jsonPath("$.products[0].name").value("Seven Port Hub"));
	}

	@Test
	void validatesProductsFieldByField() throws Exception {
		asAdmin(post("/api/admin/products"),
				"{\"sku\":\"bad sku!\",\"name\":\"\",\"brand\":\"X\"," + "\"category\":\"c\",\"weightGrams\":-5}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'sku')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'weightGrams')]").exists());
		asAdmin(post("/api/admin/products"), "{\"sku\":").andExpect(status().isBadRequest());
	}

	@Test
	void filesAProductUnderANewCategoryByItsSlug() throws Exception {
		String name = "Gaming Laptops " + unique();
		String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
		asAdmin(post("/api/admin/products"), "{\"sku\":\"GL-" + unique() + "\",\"name\":\"Nova 16\",\"brand\":\"Nova\","
				+ "\"category\":\"" + name + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.category").value(slug));
		this.mvc.perform(get("/api/products?category=" + slug)).andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/categories/" + slug))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(name));
	}

	@Test
	void keepsSkusUnique() throws Exception {
		String category = category("Docks", "dock-" + unique(), null);
		String sku = "DOCK-" + unique();
		UUID first = product(sku, "Dock One", "CalDigit", category, "TB4", "{}");
		asAdmin(post("/api/admin/products"),
				"{\"sku\":\"" + sku + "\",\"name\":\"Dock Two\",\"brand\":\"CalDigit\"," + "\"category\":\"" + category
						+ "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("SKU_TAKEN"))
			.andExpect(jsonPath("$.sku").value(sku));
		UUID second = product("DOCK-" + unique(), "Dock Two", "CalDigit", category, "TB4", "{}");
		asAdmin(put("/api/admin/products/" + second), "{\"sku\":\"" + sku + "\",\"name\":\"Dock Two\","
				+ "\"brand\":\"CalDigit\",\"category\":\"" + category + "\"}")
			.andExpect(status().isConflict());
		asAdmin(delete("/api/admin/products/" + first), null).andExpect(status().isNoContent());
		product(sku, "Dock One Again", "CalDigit", category, "TB4", "{}");
	}

	@Test
	void createsProductsInBulkAllOrNone() throws Exception {
		String category = category("Bulk", "bulk-" + unique(), null);
		String a = "BULK-" + unique();
		String b = "BULK-" + unique();
		String created = asAdmin(post("/api/admin/products/bulk"),
				"{\"products\":[" + spec(a, category) + "," + spec(b, category) + "]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created", hasSize(2)))
			.andExpect(jsonPath("$.created[0].sku").value(a))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(created, "$.created[1].productId")).isNotBlank();
		String c = "BULK-" + unique();
		asAdmin(post("/api/admin/products/bulk"),
				"{\"products\":[" + spec(c, category) + "," + spec(a, category) + "]}")
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/products?category=" + category)).andExpect(jsonPath("$.totalItems").value(2));
		asAdmin(post("/api/admin/products/bulk"), "{\"products\":[]}").andExpect(status().isBadRequest());
	}

	@Test
	void reservesChangesToAdminsAndLookupsToListedServices() throws Exception {
		this.mvc
			.perform(post("/api/admin/products")
				.header("Authorization", "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER"))
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/admin/products").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
		internal(post("/internal/products/lookup"), "catalog-key", "{\"productIds\":[]}")
			.andExpect(status().isUnauthorized());
		internal(post("/internal/read-model/prices"), "fulfillment-key", "{\"changes\":[]}")
			.andExpect(status().isForbidden());
	}

	private static String spec(String sku, String category) {
		return "{\"sku\":\"" + sku + "\",\"name\":\"Item " + sku + "\",\"brand\":\"Bulkco\",\"category\":\"" + category
				+ "\"}";
	}

}

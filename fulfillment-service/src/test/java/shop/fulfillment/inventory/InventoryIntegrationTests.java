package shop.fulfillment.inventory;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import shop.fulfillment.FulfillmentIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InventoryIntegrationTests extends FulfillmentIntegrationTest {

	@Test
	void setsStockAndAnswersOnHandReservedAndAvailable() throws Exception {
		UUID product = UUID.randomUUID();
		catalogSells(product, 800);
		setStock(product, "{\"onHand\":25,\"lowStockThreshold\":3}").andExpect(status().isOk())
			.andExpect(jsonPath("$.productId").value(product.toString()))
			.andExpect(jsonPath("$.onHand").value(25))
			.andExpect(jsonPath("$.reserved").value(0))
			.andExpect(jsonPath("$.available").value(25))
			.andExpect(jsonPath("$.lowStockThreshold").value(3))
			.andExpect(jsonPath("$.inStock").value(true))
			.andExpect(jsonPath("$.low").value(false));
		this.mvc.perform(get("/api/admin/products/" + product + "/stock").header("Authorization", this.admin))
			.andExpect(jsonPath("$.onHand").value(25));
	}

	@Test
	void pushesEveryChangeOfAvailabilityToTheCatalogReadModel() throws Exception {
		UUID product = stockedProduct(7);
		catalog.verify(postRequestedFor(urlEqualTo("/internal/read-model/stock"))
			.withHeader("X-Api-Key", equalTo("fulfillment-key"))
			.withRequestBody(matchingJsonPath("$.changes[0].productId", equalTo(product.toString())))
			.withRequestBody(matchingJsonPath("$.changes[0].available", equalTo("7")))
			.withRequestBody(matchingJsonPath("$.changes[0].changedAt")));
	}

	@Test
	void announcesANewInventoryEvenWhenItHoldsNothing() throws Exception {
		UUID product = stockedProduct(0);
		catalog.verify(postRequestedFor(urlEqualTo("/internal/read-model/stock"))
			.withRequestBody(matchingJsonPath("$.changes[0].productId", equalTo(product.toString())))
			.withRequestBody(matchingJsonPath("$.changes[0].available", equalTo("0"))));
	}

	@Test
	void refusesStockForProductsTheCatalogDoesNotSellAndBadNumbers() throws Exception {
		UUID unknown = UUID.randomUUID();
		catalog.stubFor(WireMock.post(urlEqualTo("/internal/products/lookup"))
			.willReturn(WireMock.okJson("{\"products\":[]}")));
		setStock(unknown, "{\"onHand\":5}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
		setStock(unknown, "{\"onHand\":-1,\"lowStockThreshold\":-2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)));
		setStock(unknown, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("onHand"));
	}

	@Test
	void neverSetsOnHandBelowWhatIsReserved() throws Exception {
		UUID product = stockedProduct(10);
		internal(put("/internal/reservations/" + UUID.randomUUID() + "/" + product), "cart-key", "{\"quantity\":6}")
			.andExpect(status().isOk());
		setStock(product, "{\"onHand\":5}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STOCK_BELOW_RESERVED"))
			.andExpect(jsonPath("$.reserved").value(6));
		setStock(product, "{\"onHand\":6}").andExpect(status().isOk()).andExpect(jsonPath("$.available").value(0));
	}

	@Test
	void listsProductsAtOrBelowTheirThresholdAsLowStock() throws Exception {
		UUID low = UUID.randomUUID();
		catalogSells(low, 100);
		setStock(low, "{\"onHand\":4,\"lowStockThreshold\":4}").andExpect(status().isOk());
		UUID plenty = stockedProduct(500);
		this.mvc.perform(get("/api/admin/inventory/low-stock?size=100").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].productId", hasItem(low.toString())))
			.andExpect(jsonPath("$.items[*].productId", not(hasItem(plenty.toString()))));
		this.mvc.perform(get("/api/admin/inventory/low-stock?page=-1").header("Authorization", this.admin))
			.andExpect(status().isBadRequest());
	}

	@Test
	void looksUpStockInBatchesForCatalogAndCart() throws Exception {
		UUID stocked = stockedProduct(3);
		UUID unstocked = UUID.randomUUID();
		internal(post("/internal/stock/lookup"), "catalog-key",
				"{\"productIds\":[\"" + stocked + "\",\"" + unstocked + "\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stock", hasSize(1)))
			.andExpect(jsonPath("$.stock[0].available").value(3))
			.andExpect(jsonPath("$.stock[0].inStock").value(true))
			.andExpect(jsonPath("$.stock[0].low").value(true));
		internal(post("/internal/stock/lookup"), "rating-key", "{\"productIds\":[]}").andExpect(status().isForbidden());
	}

	@Test
	void softDeletedInventoryIsNoLongerStocked() throws Exception {
		UUID product = stockedProduct(3);
		this.mvc.perform(delete("/api/admin/products/" + product + "/stock").header("Authorization", this.admin))
			.andExpect(status().isNoContent());
		internal(post("/internal/stock/lookup"), "cart-key", "{\"productIds\":[\"" + product + "\"]}")
			.andExpect(jsonPath("$.stock", hasSize(0)));
		internal(put("/internal/reservations/" + UUID.randomUUID() + "/" + product), "cart-key", "{\"quantity\":1}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("PRODUCT_NOT_STOCKED"));
	}

}

package shop.pricing.price;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import shop.common.test.TestKeys;
import shop.pricing.PricingIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PriceIntegrationTests extends PricingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void setsAPriceAndAnswersItWithTheCurrencysDecimals() throws Exception {
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		setPrice(product, "{\"amount\":\"1299.5\",\"currency\":\"usd\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.productId").value(product.toString()))
			.andExpect(jsonPath("$.amount").value("1299.50"))
			.andExpect(jsonPath("$.currency").value("USD"))
			.andExpect(jsonPath("$.updatedAt").exists());
		setPrice(product, "{\"amount\":1500,\"currency\":\"JPY\"}").andExpect(jsonPath("$.amount").value("1500"));
	}

	@Test
	void keepsTheHistoryOfEveryChangeWithWhoAndWhen() throws Exception {
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		setPrice(product, "{\"amount\":\"10.00\",\"currency\":\"USD\"}").andExpect(status().isOk());
		setPrice(product, "{\"amount\":\"12.00\",\"currency\":\"USD\"}").andExpect(status().isOk());
		setPrice(product, "{\"amount\":\"12.00\",\"currency\":\"USD\"}").andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/products/" + product + "/price").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.prices", hasSize(1)))
			.andExpect(jsonPath("$.prices[0].amount").value("12.00"))
			.andExpect(jsonPath("$.history.totalItems").value(2))
			.andExpect(jsonPath("$.history.items[0].oldAmount").value("10.00"))
			.andExpect(jsonPath("$.history.items[0].newAmount").value("12.00"))
			.andExpect(jsonPath("$.history.items[0].changedBy").value(this.adminId.toString()))
			.andExpect(jsonPath("$.history.items[0].changedAt").exists())
			.andExpect(jsonPath("$.history.items[1].oldAmount").doesNotExist())
			.andExpect(jsonPath("$.history.items[1].newAmount").value("10.00"));
	}

	@Test
	void pushesEveryChangeToTheCatalogReadModelBeforeAnswering() throws Exception {
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		setPrice(product, "{\"amount\":\"99.90\",\"currency\":\"USD\"}").andExpect(status().isOk());
		catalog.verify(exactly(1),
				postRequestedFor(urlEqualTo("/internal/read-model/prices"))
					.withHeader("X-Api-Key", equalTo("pricing-key"))
					.withRequestBody(matchingJsonPath("$.changes[0].productId", equalTo(product.toString())))
					.withRequestBody(matchingJsonPath("$.changes[0].amount", equalTo("99.90")))
					.withRequestBody(matchingJsonPath("$.changes[0].currency", equalTo("USD")))
					.withRequestBody(matchingJsonPath("$.changes[0].changedAt")));
		setPrice(product, "{\"amount\":\"99.90\",\"currency\":\"USD\"}").andExpect(status().isOk());
		catalog.verify(exactly(1), postRequestedFor(urlEqualTo("/internal/read-model/prices")));
	}

	@Test
	void rejectsNegativeAmountsUnknownCurrenciesAndTooManyDecimals() throws Exception {
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		setPrice(product, "{\"amount\":\"-1.00\",\"currency\":\"XYZ\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'amount')].message").value("must not be negative"))
			.andExpect(jsonPath("$.errors[?(@.field == 'currency')]").exists());
		setPrice(product, "{\"amount\":\"1.001\",\"currency\":\"USD\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		setPrice(product, "{\"currency\":\"USD\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		setPrice(product, "{\"amount\":\"abc\",\"currency\":\"USD\"}").andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/admin/products/" + product + "/price").header("Authorization", this.admin))
			.andExpect(jsonPath("$.prices", hasSize(0)));
	}

	@Test
	void refusesPricesForProductsTheCatalogDoesNotSell() throws Exception {
		UUID deleted = UUID.randomUUID();
		catalogKnows(deleted, false);
		setPrice(deleted, "{\"amount\":\"5.00\",\"currency\":\"USD\"}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
		UUID unknown = UUID.randomUUID();
		catalog.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/internal/products/lookup"))
			.withRequestBody(WireMock.containing(unknown.toString()))
			.willReturn(WireMock.okJson("{\"products\":[]}")));
		setPrice(unknown, "{\"amount\":\"5.00\",\"currency\":\"USD\"}").andExpect(status().isNotFound());
	}

	@Test
	void answersServiceUnavailableWhenTheCatalogIsDown() throws Exception {
		UUID product = UUID.randomUUID();
		catalog
			.stubFor(WireMock.post(urlEqualTo("/internal/products/lookup")).willReturn(WireMock.serviceUnavailable()));
		setPrice(product, "{\"amount\":\"5.00\",\"currency\":\"USD\"}").andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"));
	}

	@Test
	void reservesPricesToAdmins() throws Exception {
		UUID product = UUID.randomUUID();
		this.mvc
			.perform(put("/api/admin/products/" + product + "/price")
				.header("Authorization", "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":\"5.00\",\"currency\":\"USD\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/admin/products/" + product + "/price").contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":\"5.00\",\"currency\":\"USD\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void looksUpPricesInBatchesLeavingOutProductsWithoutAPrice() throws Exception {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		catalogKnows(first, true);
		setPrice(first, "{\"amount\":\"10.00\",\"currency\":\"USD\"}");
		setPrice(first, "{\"amount\":\"9.00\",\"currency\":\"EUR\"}");
		lookup("catalog-key", "{\"productIds\":[\"" + first + "\",\"" + second + "\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.prices", hasSize(1)))
			.andExpect(jsonPath("$.prices[0].productId").value(first.toString()))
			.andExpect(jsonPath("$.prices[0].amount").value("10.00"))
			.andExpect(jsonPath("$.prices[0].currency").value("USD"));
		lookup("cart-key", "{\"productIds\":[\"" + first + "\"],\"currency\":\"EUR\"}")
			.andExpect(jsonPath("$.prices[0].amount").value("9.00"));
	}

	@Test
	void limitsALookupTo500Products() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			ids.add("\"" + UUID.randomUUID() + "\"");
		}
		lookup("orders-key", "{\"productIds\":[" + String.join(",", ids) + "]}").andExpect(status().isOk());
		ids.add("\"" + UUID.randomUUID() + "\"");
		lookup("orders-key", "{\"productIds\":[" + String.join(",", ids) + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("productIds"));
	}

	@Test
	void letsOnlyTheListedServicesLookUpPrices() throws Exception {
		lookup("rating-key", "{\"productIds\":[]}").andExpect(status().isForbidden());
		lookup("wrong-key", "{\"productIds\":[]}").andExpect(status().isUnauthorized());
	}

	private ResultActions setPrice(UUID product, String body) throws Exception {
		return this.mvc.perform(put("/api/admin/products/" + product + "/price").header("Authorization", this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions lookup(String key, String body) throws Exception {
		return this.mvc.perform(post("/internal/prices/lookup").header("X-Api-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}

package shop.fulfillment.shipping;

import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import shop.common.test.TestKeys;
import shop.fulfillment.FulfillmentIntegrationTest;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ShippingIntegrationTests extends FulfillmentIntegrationTest {

	@Test
	void quotesFromTheSeededRulesWithoutSigningIn() throws Exception {
		UUID product = UUID.randomUUID();
		catalogSells(product, 1500);
		this.mvc.perform(get("/api/shipping/quote?country=DE&postalCode=10115&productId=" + product + "&quantity=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options", hasSize(2)))
			.andExpect(jsonPath("$.options[0].mode").value("standard"))
			.andExpect(jsonPath("$.options[0].carrier").value("DHL Paket"))
			.andExpect(jsonPath("$.options[0].cost.amount").value("6.40"))
			.andExpect(jsonPath("$.options[0].cost.currency").value("USD"))
			.andExpect(jsonPath("$.options[0].deliveryDate").exists())
			.andExpect(jsonPath("$.options[1].mode").value("express"));
		this.mvc.perform(get("/api/shipping/quote?country=JP&productId=" + product))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options[*].carrier", hasItem("DHL Parcel International")));
	}

	@Test
	void rejectsBadQuoteRequests() throws Exception {
		UUID product = UUID.randomUUID();
		catalogSells(product, 100);
		this.mvc.perform(get("/api/shipping/quote?country=ZZ&productId=" + product))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("country"));
		this.mvc.perform(get("/api/shipping/quote?country=DE&productId=nope")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/shipping/quote?country=DE&productId=" + product + "&quantity=0"))
			.andExpect(status().isBadRequest());
		catalog.stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.post(WireMock.urlEqualTo("/internal/products/lookup"))
					.willReturn(WireMock.okJson("{\"products\":[]}")));
		this.mvc.perform(get("/api/shipping/quote?country=DE&productId=" + UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("PRODUCT_NOT_FOUND"));
	}

	@Test
	void quotesAWholeOrderForTheCheckoutWithItsValue() throws Exception {
		UUID product = UUID.randomUUID();
		catalogSells(product, 2000);
		String body = "{\"country\":\"US\",\"postalCode\":\"10001\",\"lines\":[{\"productId\":\"" + product
				+ "\",\"quantity\":1}],\"orderValue\":{\"amount\":\"899.00\",\"currency\":\"USD\"}}";
		internal(post("/internal/shipping/quotes"), "orders-key", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.options[0].mode").value("standard"))
			.andExpect(jsonPath("$.options[0].cost.amount").value("0.00"))
			.andExpect(jsonPath("$.options[0].businessDays").value(5))
			.andExpect(jsonPath("$.options[1].mode").value("express"));
		internal(post("/internal/shipping/quotes"), "cart-key", body).andExpect(status().isForbidden());
	}

	@Test
	void letsAdminsCreateChangeAndDeleteRules() throws Exception {
		String rule = "{\"country\":\"NL\",\"mode\":\"pickup\",\"carrier\":\"PostNL\",\"currency\":\"USD\","
				+ "\"baseCost\":\"3.50\",\"businessDays\":1,\"cutOffHour\":16}";
		String created = this.mvc
			.perform(post("/api/admin/shipping-rules").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value("NL"))
			.andExpect(jsonPath("$.costPerKg").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.ruleId");
		UUID product = UUID.randomUUID();
		catalogSells(product, 100);
		this.mvc.perform(get("/api/shipping/quote?country=NL&productId=" + product))
			.andExpect(jsonPath("$.options[*].mode", hasItem("pickup")));
		this.mvc
			.perform(put("/api/admin/shipping-rules/" + id).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(rule.replace("3.50", "4.00")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.baseCost").value(4));
		this.mvc.perform(get("/api/admin/shipping-rules?size=100").header("Authorization", this.admin))
			.andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(12)));
		this.mvc.perform(delete("/api/admin/shipping-rules/" + id).header("Authorization", this.admin))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/admin/shipping-rules/" + id).header("Authorization", this.admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void validatesRulesFieldByField() throws Exception {
		this.mvc
			.perform(post("/api/admin/shipping-rules").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"country\":\"QQ\",\"mode\":\"Fast Lane\",\"carrier\":\"X\",\"currency\":\"XYZ\","
						+ "\"baseCost\":\"-1\",\"businessDays\":99,\"cutOffHour\":24,\"minWeightGrams\":10,"
						+ "\"maxWeightGrams\":5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(7)));
		this.mvc
			.perform(post("/api/admin/shipping-rules")
				.header("Authorization", "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

}

package shop.fulfillment;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the gateway's Swagger UI shows for fulfillment-service
 * ({@code /api/docs/fulfillment}): the shipping quote, inventory and shipping rules, with
 * the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends FulfillmentIntegrationTest {

	private static final String QUOTE = "/api/shipping/quote";

	private static final ApiDocsChecks.Expected EXPECTED = ApiDocsChecks
		.operations("GET " + QUOTE, "GET /api/admin/shipping-rules", "POST /api/admin/shipping-rules",
				"GET /api/admin/shipping-rules/{ruleId}", "PUT /api/admin/shipping-rules/{ruleId}",
				"DELETE /api/admin/shipping-rules/{ruleId}", "PUT /api/admin/products/{productId}/stock",
				"GET /api/admin/products/{productId}/stock", "DELETE /api/admin/products/{productId}/stock",
				"GET /api/admin/inventory/low-stock")
		.examplesOn("QuoteResponse", "Option", "MoneyResponse", "ShippingRuleRequest", "ShippingRuleResponse",
				"SetStockRequest", "StockResponse");

	@LocalServerPort
	int port;

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		assertThat(docs.needsToken("GET", QUOTE)).isFalse();
		assertThat(docs.statuses("GET", QUOTE)).contains("200", "400", "404", "422").doesNotContain("401");
		assertThat(docs.problemCode("GET", QUOTE, 404)).isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(docs.problemCode("GET", QUOTE, 422)).isEqualTo("NO_SHIPPING_OPTION");
		assertThat(docs.needsToken("POST", "/api/admin/shipping-rules")).isTrue();
		assertThat(docs.statuses("POST", "/api/admin/shipping-rules")).contains("201", "400", "401", "403");
		assertThat(docs.problemCode("PUT", "/api/admin/products/{productId}/stock", 404))
			.isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(docs.problemCode("PUT", "/api/admin/products/{productId}/stock", 409))
			.isEqualTo("STOCK_BELOW_RESERVED");
		assertThat(docs.problemCode("GET", "/api/admin/products/{productId}/stock", 404))
			.isEqualTo("PRODUCT_NOT_STOCKED");
		assertThat(docs.problemCode("DELETE", "/api/admin/products/{productId}/stock", 409))
			.isEqualTo("STOCK_RESERVED");
		assertThat(docs.schema("MoneyResponse").at("/properties/amount/type").asString())
			.as("money is a decimal string")
			.isEqualTo("string");
	}

	@Test
	void quotesTheDocumentedExampleQuery() throws Exception {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		JsonNode parameters = docs.operation("GET", QUOTE).path("parameters");
		UUID productId = UUID.fromString(example(parameters, "productId"));
		catalogSells(productId, 1370);
		this.mvc
			.perform(get(QUOTE).param("country", example(parameters, "country"))
				.param("postalCode", example(parameters, "postalCode"))
				.param("productId", productId.toString())
				.param("quantity", example(parameters, "quantity")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options[*].mode").value(hasItem(docs.exampleOf("Option").path("mode").asString())))
			.andExpect(jsonPath("$.options[0].cost.currency")
				.value(docs.exampleOf("MoneyResponse").path("currency").asString()));
	}

	@Test
	void createsTheDocumentedExampleRule() throws Exception {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		JsonNode example = docs.exampleOf("ShippingRuleRequest");
		String created = this.mvc
			.perform(post("/api/admin/shipping-rules").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(example.toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value(example.path("country").asString()))
			.andExpect(jsonPath("$.mode").value(example.path("mode").asString()))
			.andExpect(jsonPath("$.carrier").value(example.path("carrier").asString()))
			.andExpect(jsonPath("$.cutOffHour").value(example.path("cutOffHour").asInt()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(delete("/api/admin/shipping-rules/" + JsonPath.read(created, "$.ruleId"))
			.header("Authorization", this.admin)).andExpect(status().isNoContent());
	}

	private static String example(JsonNode parameters, String name) {
		return parameters.valueStream()
			.filter((parameter) -> parameter.path("name").asString().equals(name))
			.map((parameter) -> parameter.path("example").asString())
			.findFirst()
			.orElseThrow();
	}

}

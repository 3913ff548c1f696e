package shop.pricing;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the gateway's Swagger UI shows for pricing-service
 * ({@code /api/docs/pricing}): the admins' prices and price history, with the fleet's
 * problems, nothing internal.
 */
class ApiDocsIntegrationTests extends PricingIntegrationTest {

	private static final ApiDocsChecks.Expected EXPECTED = ApiDocsChecks
		.operations("PUT /api/admin/products/{productId}/price", "GET /api/admin/products/{productId}/price")
		.examplesOn("SetPriceRequest", "PriceResponse", "PriceOverviewResponse", "HistoryEntry");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		assertThat(docs.needsToken("PUT", "/api/admin/products/{productId}/price")).isTrue();
		assertThat(docs.statuses("PUT", "/api/admin/products/{productId}/price")).contains("200", "400", "401", "403",
				"404", "503");
		assertThat(docs.problemCode("PUT", "/api/admin/products/{productId}/price", 404))
			.isEqualTo("PRODUCT_NOT_FOUND");
		assertThat(docs.response("PUT", "/api/admin/products/{productId}/price", 503).path("description").asString())
			.contains("catalog");
		assertThat(docs.schema("SetPriceRequest").at("/properties/amount/type").asString())
			.as("money is a decimal string")
			.isEqualTo("string");
		assertThat(docs.schema("PriceOverviewResponse").at("/properties/history/$ref").asString())
			.isEqualTo("#/components/schemas/PageResponseHistoryEntry");
	}

	@Test
	void setsThePriceTheDocumentShowsAsItsExample() throws Exception {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		JsonNode example = docs.exampleOf("SetPriceRequest");
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		this.mvc
			.perform(put("/api/admin/products/" + product + "/price").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(example.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount")
				.value(docs.schema("PriceResponse").at("/properties/amount/example").asString()))
			.andExpect(jsonPath("$.currency").value(example.path("currency").asString()));
	}

}

package shop.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the gateway's Swagger UI shows for catalog-service
 * ({@code /api/docs/catalog}): products and categories for shoppers and admins, with the
 * fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends CatalogIntegrationTest {

	private static final ApiDocsChecks.Expected EXPECTED = ApiDocsChecks
		.operations("GET /api/products", "GET /api/products/{productId}", "GET /api/categories",
				"GET /api/categories/{slug}", "POST /api/admin/products", "POST /api/admin/products/bulk",
				"PUT /api/admin/products/{productId}", "DELETE /api/admin/products/{productId}",
				"POST /api/admin/categories", "PUT /api/admin/categories/{categoryId}",
				"DELETE /api/admin/categories/{categoryId}")
		.examplesOn("ProductResponse", "Money", "Stock", "Rating", "ProductRequest", "Created", "CategoryRequest",
				"CategoryResponse", "CategoryNodeResponse");

	@LocalServerPort
	int port;

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		assertThat(docs.needsToken("GET", "/api/products")).isFalse();
		assertThat(docs.needsToken("GET", "/api/categories/{slug}")).isFalse();
		assertThat(docs.statuses("GET", "/api/products")).contains("200", "400").doesNotContain("401", "404");
		assertThat(docs.operation("GET", "/api/products")
			.path("parameters")
			.valueStream()
			.map((p) -> p.path("name").asString())).containsExactlyInAnyOrder("page", "size", "category", "brand", "q",
					"minPrice", "maxPrice", "inStock", "attr", "sort");
		assertThat(docs.problemCode("GET", "/api/products/{productId}", 404)).isEqualTo("NOT_FOUND");
		assertThat(docs.needsToken("POST", "/api/admin/products")).isTrue();
		assertThat(docs.statuses("POST", "/api/admin/products")).contains("201", "400", "401", "403", "409");
		assertThat(docs.problemCode("POST", "/api/admin/products", 409)).isEqualTo("SKU_TAKEN");
		assertThat(docs.problemCode("POST", "/api/admin/products/bulk", 409)).isEqualTo("SKU_TAKEN");
		assertThat(docs.problemCode("POST", "/api/admin/categories", 409)).isEqualTo("SLUG_TAKEN");
		assertThat(docs.problemCode("DELETE", "/api/admin/categories/{categoryId}", 409)).isEqualTo("CATEGORY_IN_USE");
		assertThat(docs.statuses("DELETE", "/api/admin/products/{productId}")).contains("204", "404");
		assertThat(docs.schema("Money").at("/properties/amount/example").asString()).isEqualTo("1249.00");
		assertThat(docs.schema("ProductRequest").at("/properties/sku/example").asString())
			.isEqualTo("LEN-T14G5-32-1TB");
	}

	@Test
	void acceptsEverySortTheDocumentOffersAndNothingElse() throws Exception {
		ApiDocs docs = ApiDocsChecks.check(this.port, EXPECTED);
		List<String> sorts = docs.operation("GET", "/api/products")
			.path("parameters")
			.valueStream()
			.filter((parameter) -> parameter.path("name").asString().equals("sort"))
			.flatMap((parameter) -> parameter.at("/schema/enum").valueStream())
			.map((value) -> value.asString())
			.toList();
		assertThat(sorts).containsExactlyInAnyOrder("name", "price", "-price", "rating", "newest", "relevance");
		for (String sort : sorts) {
			this.mvc.perform(get("/api/products").param("sort", sort).param("q", "thinkpad"))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/products").param("sort", "cheapest")).andExpect(status().isBadRequest());
	}

}

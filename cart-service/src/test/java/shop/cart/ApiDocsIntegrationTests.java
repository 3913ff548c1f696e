package shop.cart;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for cart-service
 * ({@code /api/docs/cart}).
 */
class ApiDocsIntegrationTests extends CartTestSupport {

	@Test
	void documentsThePublicCartApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port,
				ApiDocsChecks
					.operations("GET /api/cart", "DELETE /api/cart", "POST /api/cart/items",
							"PUT /api/cart/items/{itemId}", "DELETE /api/cart/items/{itemId}")
					.examplesOn("AddItemRequest", "ChangeQuantityRequest"));
		assertThat(docs.needsToken("GET", "/api/cart")).isTrue();
		assertThat(docs.operation("GET", "/api/cart").has("parameters")).as("the user comes from the token").isFalse();
		assertThat(docs.statuses("POST", "/api/cart/items")).contains("201");
		assertThat(docs.problemCode("POST", "/api/cart/items", 409)).isEqualTo("OUT_OF_STOCK");
		assertThat(docs.operation("POST", "/api/cart/items").at("/responses/401/$ref").asString())
			.isEqualTo("#/components/responses/Unauthorized");
		assertThat(docs.statuses("PUT", "/api/cart/items/{itemId}")).contains("404");
		assertThat(docs.schema("AddItemRequest").at("/properties/quantity/example").asInt()).isEqualTo(2);
	}

}

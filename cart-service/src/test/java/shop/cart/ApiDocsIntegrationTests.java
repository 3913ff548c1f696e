package shop.cart;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document the gateway's Swagger UI shows for cart-service
 * ({@code /api/docs/cart}).
 */
class ApiDocsIntegrationTests extends CartTestSupport {

	@Test
	void documentsThePublicCartApiWithItsProblems() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cart'].get.security[0].bearer").exists())
			.andExpect(jsonPath("$.paths['/api/cart'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/cart/items'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/cart/items'].post.responses['409'].content['application/problem+json']"
					+ ".example.code")
				.value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$.paths['/api/cart/items'].post.responses['401']['$ref']")
				.value("#/components/responses/Unauthorized"))
			.andExpect(jsonPath("$.paths['/api/cart/items/{itemId}'].put.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/cart/items/{itemId}'].delete").exists())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
			.andExpect(jsonPath("$.components.schemas.AddItemRequest.properties.quantity.example").value(2));
	}

	@Test
	void listsNoInternalEndpointAndNoTokenDerivedParameter() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/internal"))))
			.andExpect(jsonPath("$.paths['/api/cart'].get.parameters").doesNotExist());
	}

}

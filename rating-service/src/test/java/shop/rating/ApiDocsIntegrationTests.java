package shop.rating;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for rating-service
 * ({@code /api/docs/rating}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends RatingServiceTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port,
				ApiDocsChecks.operations("POST /api/orders/{orderId}/rate", "GET /api/products/{productId}/ratings")
					.examplesOn("RateRequest")
					// RatingController's paging parameters still lack @Parameter
					.knownGaps(
							"GET /api/products/{productId}/ratings: query parameter page has neither a description "
									+ "nor an example",
							"GET /api/products/{productId}/ratings: query parameter size has neither a description "
									+ "nor an example"));
		assertThat(docs.needsToken("POST", "/api/orders/{orderId}/rate")).isTrue();
		assertThat(docs.problemCode("POST", "/api/orders/{orderId}/rate", 409)).isEqualTo("ALREADY_RATED");
		assertThat(docs.problemCode("POST", "/api/orders/{orderId}/rate", 422)).isEqualTo("ORDER_NOT_DELIVERED");
		assertThat(docs.needsToken("GET", "/api/products/{productId}/ratings")).isFalse();
		assertThat(docs.statuses("GET", "/api/products/{productId}/ratings"))
			.contains("200", "400", "404", "429", "503")
			.doesNotContain("401");
	}

}

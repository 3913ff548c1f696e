package shop.health;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for health-service
 * ({@code /api/docs/health}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends HealthServiceTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port,
				ApiDocsChecks.operations("GET /api/health").ownBody("GET", "/api/health", 503));
		assertThat(docs.needsToken("GET", "/api/health")).isFalse();
		assertThat(docs.statuses("GET", "/api/health")).contains("200", "429", "503").doesNotContain("401", "400");
		assertThat(docs.response("GET", "/api/health", 503).at("/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/HealthReport");
		assertThat(docs.response("GET", "/api/health", 503).has("x-shop-own-body")).isFalse();
	}

}

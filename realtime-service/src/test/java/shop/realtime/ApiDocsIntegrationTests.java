package shop.realtime;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for realtime-service
 * ({@code /api/docs/realtime}): the public API with the fleet's problems, nothing
 * internal.
 */
class ApiDocsIntegrationTests extends RealtimeServiceTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port,
				ApiDocsChecks.operations("GET /api/ws/orders").examplesOn("OrderStatusMessage"));
		assertThat(docs.statuses("GET", "/api/ws/orders")).contains("101", "401", "429", "503");
		assertThat(docs.problemCode("GET", "/api/ws/orders", 401)).isEqualTo("UNAUTHORIZED");
		assertThat(docs.needsToken("GET", "/api/ws/orders")).isTrue();
		assertThat(docs.schema("OrderStatusMessage").at("/example/type").asString()).isEqualTo("ORDER_STATUS");
	}

}

package shop.logs;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for log-service
 * ({@code /api/docs/log}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends LogServiceTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, ApiDocsChecks.operations("GET /api/admin/logs"));
		assertThat(docs.needsToken("GET", "/api/admin/logs")).isTrue();
		assertThat(docs.statuses("GET", "/api/admin/logs")).contains("200", "400", "401", "403", "429", "503");
		assertThat(docs.schema("LogEvent").at("/properties/traceId/example").asString())
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

}

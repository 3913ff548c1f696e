package shop.logs;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for log-service
 * ({@code /api/docs/log}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends LogServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/admin/logs");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(docs.at("/paths/~1api~1admin~1logs/get/security/0/bearer").isMissingNode()).isFalse();
		assertThat(statuses(docs.at("/paths/~1api~1admin~1logs/get"))).contains("200", "400", "401", "403", "429",
				"503");
		assertThat(docs.at("/components/schemas/LogEvent/properties/traceId/example").asString())
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void listsNoInternalEndpoint() {
		HttpResponse<String> docs = Http.get(url("/v3/api-docs"));
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).doesNotContain("/internal");
	}

	private JsonNode docs() {
		HttpResponse<String> docs = Http.get(url("/v3/api-docs"));
		assertThat(docs.statusCode()).isEqualTo(200);
		return JSON.readTree(docs.body());
	}

	private static List<String> statuses(JsonNode operation) {
		return List.copyOf(operation.get("responses").propertyNames());
	}

}

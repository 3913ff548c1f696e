package shop.health;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for health-service
 * ({@code /api/docs/health}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends HealthServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/health");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(docs.at("/paths/~1api~1health/get/security").isMissingNode()).isTrue();
		assertThat(statuses(docs.at("/paths/~1api~1health/get"))).contains("200", "429", "503")
			.doesNotContain("401", "400");
		assertThat(docs.at("/paths/~1api~1health/get/responses/503/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/HealthReport");
		assertThat(docs.at("/paths/~1api~1health/get/responses/503/x-shop-own-body").isMissingNode()).isTrue();
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

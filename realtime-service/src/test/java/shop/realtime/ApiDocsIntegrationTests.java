package shop.realtime;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for realtime-service
 * ({@code /api/docs/realtime}): the public API with the fleet's problems, nothing
 * internal.
 */
class ApiDocsIntegrationTests extends RealtimeServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/ws/orders");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(statuses(docs.at("/paths/~1api~1ws~1orders/get"))).contains("101", "401", "429", "503");
		assertThat(docs.at("/paths/~1api~1ws~1orders/get/responses/401/content/application~1problem+json/example/code")
			.asString()).isEqualTo("UNAUTHORIZED");
		assertThat(docs.at("/paths/~1api~1ws~1orders/get/security/0/bearer").isMissingNode()).isFalse();
		assertThat(docs.at("/components/schemas/OrderStatusMessage/example/type").asString()).isEqualTo("ORDER_STATUS");
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

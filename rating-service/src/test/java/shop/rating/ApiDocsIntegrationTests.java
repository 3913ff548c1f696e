package shop.rating;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for rating-service
 * ({@code /api/docs/rating}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends RatingServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/orders/{orderId}/rate",
				"/api/products/{productId}/ratings");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(docs.at("/paths/~1api~1orders~1{orderId}~1rate/post/security/0/bearer").isMissingNode()).isFalse();
		assertThat(docs
			.at("/paths/~1api~1orders~1{orderId}~1rate/post/responses/409/content/application~1problem+json/example/code")
			.asString()).isEqualTo("ALREADY_RATED");
		assertThat(docs
			.at("/paths/~1api~1orders~1{orderId}~1rate/post/responses/422/content/application~1problem+json/example/code")
			.asString()).isEqualTo("ORDER_NOT_DELIVERED");
		assertThat(docs.at("/paths/~1api~1products~1{productId}~1ratings/get/security").isMissingNode()).isTrue();
		assertThat(statuses(docs.at("/paths/~1api~1products~1{productId}~1ratings/get")))
			.contains("200", "400", "404", "429", "503")
			.doesNotContain("401");
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

package shop.auth;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for auth-service
 * ({@code /api/docs/auth}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends AuthIntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void documentsThePublicApiWithItsProblems() {
		JsonNode docs = docs();
		assertThat(docs.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/auth/signup", "/api/auth/login",
				"/api/auth/refresh", "/api/auth/logout", "/api/auth/profile", "/api/auth/profile/addresses",
				"/api/auth/profile/addresses/{addressId}", "/api/admin/users/{userId}/roles");
		assertThat(docs.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "code", "requestId", "traceId", "errors");
		assertThat(
				docs.at("/paths/~1api~1auth~1signup/post/responses/409/content/application~1problem+json/example/code")
					.asString())
			.isEqualTo("EMAIL_TAKEN");
		assertThat(docs.at("/paths/~1api~1auth~1signup/post/security").isMissingNode()).isTrue();
		assertThat(statuses(docs.at("/paths/~1api~1auth~1signup/post"))).contains("201", "400", "429", "503")
			.doesNotContain("401");
		assertThat(
				docs.at("/paths/~1api~1auth~1login/post/responses/401/content/application~1problem+json/example/code")
					.asString())
			.isEqualTo("INVALID_CREDENTIALS");
		assertThat(
				docs.at("/paths/~1api~1auth~1login/post/responses/429/content/application~1problem+json/example/code")
					.asString())
			.isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
		assertThat(docs.at("/paths/~1api~1auth~1profile/get/security/0/bearer").isMissingNode()).isFalse();
		assertThat(docs.at("/paths/~1api~1auth~1profile/get/responses/401/$ref").asString())
			.isEqualTo("#/components/responses/Unauthorized");
		assertThat(docs.at("/paths/~1api~1admin~1users~1{userId}~1roles/post/responses/403/$ref").asString())
			.isEqualTo("#/components/responses/Forbidden");
		assertThat(statuses(docs.at("/paths/~1api~1auth~1profile~1addresses~1{addressId}/delete"))).contains("204",
				"401", "404");
		assertThat(docs.at("/components/schemas/SignupRequest/properties/email/example").asString())
			.isEqualTo("jane.doe@example.com");
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

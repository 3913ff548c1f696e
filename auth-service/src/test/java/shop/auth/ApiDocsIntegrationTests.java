package shop.auth;

import org.junit.jupiter.api.Test;

import shop.common.test.ApiDocs;
import shop.common.test.ApiDocsChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway's Swagger UI shows for auth-service
 * ({@code /api/docs/auth}): the public API with the fleet's problems, nothing internal.
 */
class ApiDocsIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void documentsThePublicApiWithItsProblems() {
		ApiDocs docs = ApiDocsChecks.check(this.port, ApiDocsChecks
			.operations("POST /api/auth/signup", "POST /api/auth/login", "POST /api/auth/refresh",
					"POST /api/auth/logout", "GET /api/auth/profile", "PUT /api/auth/profile",
					"POST /api/auth/profile/addresses", "GET /api/auth/profile/addresses/{addressId}",
					"PUT /api/auth/profile/addresses/{addressId}", "DELETE /api/auth/profile/addresses/{addressId}",
					"POST /api/admin/users/{userId}/roles")
			.examplesOn("SignupRequest", "AddressRequest", "TokenResponse", "ProfileResponse", "AddressResponse"));
		assertThat(docs.problemCode("POST", "/api/auth/signup", 409)).isEqualTo("EMAIL_TAKEN");
		assertThat(docs.needsToken("POST", "/api/auth/signup")).isFalse();
		assertThat(docs.statuses("POST", "/api/auth/signup")).contains("201", "400", "429", "503")
			.doesNotContain("401");
		assertThat(docs.problemCode("POST", "/api/auth/login", 401)).isEqualTo("INVALID_CREDENTIALS");
		assertThat(docs.problemCode("POST", "/api/auth/login", 429)).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
		assertThat(docs.needsToken("GET", "/api/auth/profile")).isTrue();
		assertThat(docs.operation("GET", "/api/auth/profile").at("/responses/401/$ref").asString())
			.isEqualTo("#/components/responses/Unauthorized");
		assertThat(docs.operation("POST", "/api/admin/users/{userId}/roles").at("/responses/403/$ref").asString())
			.isEqualTo("#/components/responses/Forbidden");
		assertThat(docs.statuses("DELETE", "/api/auth/profile/addresses/{addressId}")).contains("204", "401", "404");
		assertThat(docs.schema("SignupRequest").at("/properties/email/example").asString())
			.isEqualTo("jane.doe@example.com");
	}

}

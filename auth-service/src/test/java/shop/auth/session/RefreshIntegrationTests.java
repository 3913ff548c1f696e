package shop.auth.session;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void tradesARefreshTokenForANewPairOfTheSameSession() {
		Account account = newCustomer();
		HttpResponse<String> response = refresh(account.refreshToken());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode pair = json(response);
		assertThat(pair.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(pair.get("expiresIn").asLong()).isEqualTo(900);
		assertThat(pair.get("sessionId").asString()).isEqualTo(account.sessionId().toString());
		assertThat(pair.get("refreshToken").asString()).isNotEqualTo(account.refreshToken());
		assertThat(pair.get("accessToken").asString()).isNotEqualTo(account.accessToken());
		assertThat(get("/api/auth/profile", "Authorization", bearer(pair.get("accessToken").asString())).statusCode())
			.isEqualTo(200);
		assertThat(refresh(pair.get("refreshToken").asString()).statusCode()).isEqualTo(200);
	}

	@Test
	void reuseOfARefreshTokenEndsTheWholeSession() {
		Account account = newCustomer();
		JsonNode second = json(refresh(account.refreshToken()));

		HttpResponse<String> reuse = refresh(account.refreshToken());
		assertThat(reuse.statusCode()).isEqualTo(401);
		assertThat(json(reuse).get("code").asString()).isEqualTo("REFRESH_TOKEN_REUSED");

		assertThat(refresh(second.get("refreshToken").asString()).statusCode()).isEqualTo(401);
		assertThat(get("/api/auth/profile", "Authorization", bearer(second.get("accessToken").asString())).statusCode())
			.isEqualTo(401);
		assertThat(get("/api/auth/profile", "Authorization", account.authorization()).statusCode()).isEqualTo(401);
		assertThat(this.jdbc.queryForMap("select deleted_at, end_reason from auth.sessions where id = ?",
				account.sessionId()))
			.containsEntry("end_reason", "REFRESH_TOKEN_REUSED")
			.extractingByKey("deleted_at")
			.isNotNull();
	}

	@Test
	void refusesAnUnknownRefreshToken() {
		HttpResponse<String> response = refresh("not-a-token-we-ever-issued");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("code").asString()).isEqualTo("INVALID_REFRESH_TOKEN");
	}

	@Test
	void refusesAnExpiredRefreshToken() {
		Account account = newCustomer();
		this.jdbc.update("update auth.refresh_tokens set expires_at = ? where session_id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), account.sessionId());
		assertThat(refresh(account.refreshToken()).statusCode()).isEqualTo(401);
	}

	@Test
	void refusesARefreshWithoutToken() {
		HttpResponse<String> response = post("/api/auth/refresh", Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("refreshToken");
	}

	@Test
	void ignoresAStaleAccessTokenSentAlongWithTheRefresh() {
		Account account = newCustomer();
		HttpResponse<String> response = post("/api/auth/refresh", Map.of("refreshToken", account.refreshToken()),
				"Authorization", "Bearer expired.or.garbage");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

}

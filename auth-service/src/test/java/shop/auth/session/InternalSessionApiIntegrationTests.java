package shop.auth.session;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class InternalSessionApiIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void tellsTheGatewayWhetherASessionIsActive() {
		Account account = newCustomer();
		String path = "/internal/sessions/" + account.sessionId();
		HttpResponse<String> active = get(path, "X-Api-Key", "gateway-test-key");
		assertThat(active.statusCode()).as(active.body()).isEqualTo(200);
		JsonNode body = json(active);
		assertThat(body.get("sessionId").asString()).isEqualTo(account.sessionId().toString());
		assertThat(body.get("userId").asString()).isEqualTo(account.userId().toString());
		assertThat(body.get("active").asBoolean()).isTrue();

		post("/api/auth/logout", "", "Authorization", account.authorization());
		assertThat(json(get(path, "X-Api-Key", "gateway-test-key")).get("active").asBoolean()).isFalse();
	}

	@Test
	void admitsRealtimeServiceButNoOtherCaller() {
		String path = "/internal/sessions/" + newCustomer().sessionId();
		assertThat(get(path, "X-Api-Key", "realtime-test-key").statusCode()).isEqualTo(200);
		assertThat(get(path, "X-Api-Key", "orders-test-key").statusCode()).isEqualTo(403);
		assertThat(get(path, "X-Api-Key", "not-a-key").statusCode()).isEqualTo(401);
		assertThat(get(path).statusCode()).isEqualTo(401);
	}

	@Test
	void answersAnUnknownSessionWith404() {
		HttpResponse<String> response = get("/internal/sessions/" + UUID.randomUUID(), "X-Api-Key", "gateway-test-key");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

}

package shop.auth.session;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class LogoutIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void endsTheSessionForItsAccessAndRefreshTokens() {
		Account account = newCustomer();
		HttpResponse<String> logout = post("/api/auth/logout", "", "Authorization", account.authorization());
		assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);

		HttpResponse<String> profile = get("/api/auth/profile", "Authorization", account.authorization());
		assertThat(profile.statusCode()).isEqualTo(401);
		assertThat(profile.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refresh(account.refreshToken()).statusCode()).isEqualTo(401);
		assertThat(this.jdbc.queryForObject("select end_reason from auth.sessions where id = ?", String.class,
				account.sessionId()))
			.isEqualTo("LOGOUT");
	}

	@Test
	void endsOnlyTheSessionItWasCalledWith() {
		Account first = newCustomer();
		Account second = logIn(first.email(), first.password());
		assertThat(post("/api/auth/logout", "", "Authorization", first.authorization()).statusCode()).isEqualTo(204);
		assertThat(get("/api/auth/profile", "Authorization", second.authorization()).statusCode()).isEqualTo(200);
		assertThat(refresh(second.refreshToken()).statusCode()).isEqualTo(200);
	}

	@Test
	void needsAnAccessToken() {
		HttpResponse<String> logout = post("/api/auth/logout", "");
		assertThat(logout.statusCode()).isEqualTo(401);
		assertThat(logout.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(json(logout).get("code").asString()).isEqualTo("UNAUTHORIZED");
	}

}

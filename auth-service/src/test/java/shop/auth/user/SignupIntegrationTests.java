package shop.auth.user;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class SignupIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void createsACustomerAndAnswersItsIdEmailAndName() {
		String email = uniqueEmail("new");
		HttpResponse<String> response = signUp(email, PASSWORD, "Nora New");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = json(response);
		assertThat(UUID.fromString(body.get("userId").asString())).isNotNull();
		assertThat(body.get("email").asString()).isEqualTo(email);
		assertThat(body.get("name").asString()).isEqualTo("Nora New");
		assertThat(response.body()).doesNotContain(PASSWORD).doesNotContain("password");
		assertThat(roles(UUID.fromString(body.get("userId").asString()))).containsExactly("CUSTOMER");
	}

	@Test
	void normalisesTheEmailSoCaseAndSpacesMakeNoSecondAccount() throws Exception {
		String email = uniqueEmail("ann");
		HttpResponse<String> first = signUp("  " + email.toUpperCase() + " ", PASSWORD, "Ann");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(json(first).get("email").asString()).isEqualTo(email);

		HttpResponse<String> second = signUp(email, PASSWORD, "Ann Again");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(second).get("code").asString()).isEqualTo("EMAIL_TAKEN");

		Account account = logIn(" " + email.toUpperCase(), PASSWORD);
		assertThat(SignedJWT.parse(account.accessToken()).getJWTClaimsSet().getSubject())
			.isEqualTo(json(first).get("userId").asString());
	}

	@Test
	void refusesWeakPasswordsAndStoresNothing() {
		String email = uniqueEmail("weak");
		long before = userCount();
		for (String weak : new String[] { "short-1", email, email.toUpperCase(), "Password123", "QWERTYUIOP",
				"x".repeat(73) }) {
			HttpResponse<String> response = signUp(email, weak, "Wendy Weak");
			assertThat(response.statusCode()).as(weak).isEqualTo(400);
			JsonNode problem = json(response);
			assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("password");
		}
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void refusesABadEmailAndStoresNothing() {
		long before = userCount();
		for (String bad : new String[] { "not-an-email", "a@b", "a b@example.test", "ann@@example.test",
				"ann@example..test", "@example.test" }) {
			HttpResponse<String> response = signUp(bad, PASSWORD, "Bad Email");
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("email");
		}
		assertThat(userCount()).isEqualTo(before);
	}

	@Test
	void namesEveryMissingField() {
		HttpResponse<String> response = post("/api/auth/signup", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("email", "password", "name");
	}

	@Test
	void answersMalformedJsonWithAProblem() {
		HttpResponse<String> response = post("/api/auth/signup", "{\"email\": \"x@example.test\", ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void ignoresRolesAndIdsInTheBodySoASignupMakesACustomer() throws Exception {
		String email = uniqueEmail("mallory");
		UUID chosenId = UUID.randomUUID();
		HttpResponse<String> response = post("/api/auth/signup",
				Map.of("email", email, "password", PASSWORD, "name", "Mallory", "roles", List.of("ADMIN"), "userId",
						chosenId.toString(), "id", chosenId.toString(), "admin", true));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		UUID userId = UUID.fromString(json(response).get("userId").asString());
		assertThat(userId).isNotEqualTo(chosenId);
		assertThat(roles(userId)).containsExactly("CUSTOMER");
		Account account = logIn(email, PASSWORD);
		assertThat(SignedJWT.parse(account.accessToken()).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactly("CUSTOMER");
	}

	private long userCount() {
		return this.jdbc.queryForObject("select count(*) from auth.users", Long.class);
	}

	private List<String> roles(UUID userId) {
		return this.jdbc.queryForList("select unnest(roles) from auth.users where id = ?", String.class, userId);
	}

}

package shop.auth.user;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class AdminIntegrationTests extends AuthIntegrationTestSupport {

	private static final String ADMIN_EMAIL = "first.admin@shop.test";

	private static final String ADMIN_PASSWORD = "first-admin-password";

	@Autowired
	UserService users;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void createsTheConfiguredFirstAdminOnceAndOnlyOnce() throws Exception {
		Account admin = logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		assertThat(SignedJWT.parse(admin.accessToken()).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactlyInAnyOrder("ADMIN", "CUSTOMER");

		assertThat(this.users.ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD, "Administrator")).isFalse();
		assertThat(this.users.ensureAdmin(" " + ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD, "Administrator")).isFalse();
		String emailIndex = this.cipher.emailIndex(EmailAddress.normalise(ADMIN_EMAIL));
		assertThat(this.jdbc.queryForObject("select count(*) from auth.users where email_hash = ?", Long.class,
				emailIndex))
			.isEqualTo(1);
	}

	@Test
	void makesAnExistingAccountWithTheAdminEmailAnAdmin() {
		Account customer = newCustomer();
		assertThat(this.users.ensureAdmin(customer.email(), PASSWORD, "Ignored")).isFalse();
		assertThat(this.users.currentRoles(customer.userId())).hasValue(EnumSet.allOf(Role.class));
	}

	@Test
	void letsAnAdminGrantAndRevokeRolesAndRevokingEndsTheSessions() throws Exception {
		Account admin = logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		Account customer = newCustomer();
		String path = "/api/admin/users/" + customer.userId() + "/roles";

		HttpResponse<String> granted = post(path, Map.of("grant", List.of("admin")), "Authorization",
				admin.authorization());
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
		JsonNode roles = json(granted);
		assertThat(roles.get("userId").asString()).isEqualTo(customer.userId().toString());
		assertThat(roles.get("roles").toString()).isEqualTo("[\"CUSTOMER\",\"ADMIN\"]");

		Account promoted = logIn(customer.email(), PASSWORD);
		assertThat(SignedJWT.parse(promoted.accessToken()).getJWTClaimsSet().getStringListClaim("roles"))
			.contains("ADMIN");
		assertThat(post("/api/admin/users/" + admin.userId() + "/roles", Map.of("grant", List.of("CUSTOMER")),
				"Authorization", promoted.authorization())
			.statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = post(path, Map.of("revoke", List.of("ADMIN")), "Authorization",
				admin.authorization());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(json(revoked).get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(get("/api/auth/profile", "Authorization", promoted.authorization()).statusCode()).isEqualTo(401);
		assertThat(refresh(promoted.refreshToken()).statusCode()).isEqualTo(401);
		assertThat(get("/api/auth/profile", "Authorization", admin.authorization()).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesACustomerWith403() {
		Account customer = newCustomer();
		HttpResponse<String> response = post("/api/admin/users/" + customer.userId() + "/roles",
				Map.of("grant", List.of("ADMIN")), "Authorization", customer.authorization());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.users.currentRoles(customer.userId())).hasValue(EnumSet.of(Role.CUSTOMER));
	}

	@Test
	void refusesUnknownRolesEmptyRequestsAndUnknownUsers() {
		Account admin = logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		Account customer = newCustomer();
		String path = "/api/admin/users/" + customer.userId() + "/roles";
		HttpResponse<String> unknownRole = post(path, Map.of("grant", List.of("ROOT")), "Authorization",
				admin.authorization());
		assertThat(unknownRole.statusCode()).isEqualTo(400);
		assertThat(json(unknownRole).get("errors").get(0).get("field").asString()).isEqualTo("grant[0]");
		assertThat(post(path, Map.of(), "Authorization", admin.authorization()).statusCode()).isEqualTo(400);
		assertThat(
				post(path, Map.of("revoke", List.of("CUSTOMER")), "Authorization", admin.authorization()).statusCode())
			.isEqualTo(400);
		assertThat(post("/api/admin/users/" + UUID.randomUUID() + "/roles", Map.of("grant", List.of("ADMIN")),
				"Authorization", admin.authorization())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void keepsAnAdminFromRevokingTheirOwnAdminRole() {
		Account admin = logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		HttpResponse<String> response = post("/api/admin/users/" + admin.userId() + "/roles",
				Map.of("revoke", List.of("ADMIN")), "Authorization", admin.authorization());
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(json(response).get("code").asString()).isEqualTo("OWN_ADMIN_ROLE");
	}

}

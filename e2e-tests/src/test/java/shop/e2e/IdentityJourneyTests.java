package shop.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@E2E
@Services({ "gateway", "auth-service" })
class IdentityJourneyTests {

	@Test
	void signsUpLogsInAndReadsTheProfile(ShopApi api) {
		Shoppers.Shopper shopper = Shoppers.signUp(api);
		assertThat(shopper.userId()).matches("[0-9a-f-]{36}");
		ShopApi.Response login = api
			.post("/api/auth/login", ShopApi.json().put("email", shopper.email()).put("password", shopper.password()))
			.send();
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.text("tokenType")).isEqualTo("Bearer");
		assertThat(login.at("expiresIn").asInt()).isPositive();
		assertThat(login.text("sessionId")).isNotBlank();
		ShopApi.Response profile = api.get("/api/auth/profile").token(login.text("accessToken")).send();
		assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
		assertThat(profile.text("userId")).isEqualTo(shopper.userId());
		assertThat(profile.text("email")).isEqualTo(shopper.email());
		assertThat(profile.text("name")).isEqualTo(shopper.name());
		assertThat(profile.at("roles").toString()).contains("CUSTOMER").doesNotContain("ADMIN");
		assertThat(profile.at("addresses").isArray()).isTrue();
	}

	@Test
	void refusesADuplicateEmailAWeakPasswordAndABadEmail(ShopApi api) {
		Shoppers.Shopper shopper = Shoppers.signUp(api);
		ShopApi.Response duplicate = api
			.post("/api/auth/signup",
					ShopApi.json()
						.put("email", shopper.email().toUpperCase())
						.put("password", "another-long-password-9")
						.put("name", "Copy"))
			.send();
		assertThat(duplicate.status()).isEqualTo(409);
		ShopApi.Response weak = api
			.post("/api/auth/signup",
					ShopApi.json().put("email", ShopApi.uniqueEmail()).put("password", "short").put("name", "W"))
			.send();
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.contentType()).isEqualTo("application/problem+json");
		assertThat(weak.at("errors").isArray()).isTrue();
		ShopApi.Response badEmail = api.post("/api/auth/signup",
				ShopApi.json().put("email", "not-an-email").put("password", "long-enough-password-1").put("name", "B"))
			.send();
		assertThat(badEmail.status()).isEqualTo(400);
	}

	@Test
	void givesTheSameAnswerForAnUnknownEmailAndAWrongPassword(ShopApi api) {
		Shoppers.Shopper shopper = Shoppers.signUp(api);
		ShopApi.Response wrongPassword = api
			.post("/api/auth/login", ShopApi.json().put("email", shopper.email()).put("password", "wrong-password-1"))
			.send();
		ShopApi.Response unknown = api
			.post("/api/auth/login",
					ShopApi.json().put("email", ShopApi.uniqueEmail()).put("password", "whatever-12345"))
			.send();
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrongPassword.at("detail")).isEqualTo(unknown.at("detail"));
		assertThat(wrongPassword.at("type")).isEqualTo(unknown.at("type"));
	}

	@Test
	void ignoresRolesInASignUpBody(ShopApi api) {
		String email = ShopApi.uniqueEmail();
		ShopApi.Response signup = api
			.post("/api/auth/signup",
					"{\"email\":\"" + email + "\",\"password\":\"long-enough-password-7\",\"name\":\"Mallory\","
							+ "\"roles\":[\"ADMIN\"],\"userId\":\"00000000-0000-0000-0000-000000000001\"}")
			.send();
		assertThat(signup.status()).isEqualTo(201);
		assertThat(signup.text("userId")).isNotEqualTo("00000000-0000-0000-0000-000000000001");
		Shoppers.Session session = Shoppers.login(api, email, "long-enough-password-7");
		assertThat(api.get("/api/admin/orders").token(session.accessToken()).send().status()).isEqualTo(403);
	}

	@Test
	void updatesTheProfileAndManagesAddresses(ShopApi api) {
		Shoppers.Session session = Shoppers.newShopperSession(api);
		ShopApi.Response updated = api.put("/api/auth/profile", ShopApi.json().put("phone", "+1 555 0100"))
			.token(session.accessToken())
			.send();
		assertThat(updated.status()).isEqualTo(200);
		ShopApi.Response added = api
			.post("/api/auth/profile/addresses",
					ShopApi.json()
						.put("label", "Warehouse")
						.put("name", "Ada Shopper")
						.put("line1", "1 Dock Road")
						.put("city", "Hamburg")
						.put("postalCode", "20457")
						.put("country", "DE"))
			.token(session.accessToken())
			.send();
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String addressId = added.text("addressId");
		assertThat(addressId).isNotBlank();
		ShopApi.Response changed = api
			.put("/api/auth/profile/addresses/" + addressId,
					ShopApi.json()
						.put("label", "Main warehouse")
						.put("name", "Ada Shopper")
						.put("line1", "2 Dock Road")
						.put("city", "Hamburg")
						.put("postalCode", "20457")
						.put("country", "DE"))
			.token(session.accessToken())
			.send();
		assertThat(changed.status()).isEqualTo(200);
		ShopApi.Response profile = api.get("/api/auth/profile").token(session.accessToken()).send();
		assertThat(profile.text("phone")).isEqualTo("+1 555 0100");
		assertThat(profile.at("addresses.0.line1").asString()).isEqualTo("2 Dock Road");
		Shoppers.Session other = Shoppers.newShopperSession(api);
		assertThat(api.delete("/api/auth/profile/addresses/" + addressId).token(other.accessToken()).send().status())
			.isEqualTo(404);
		assertThat(api.delete("/api/auth/profile/addresses/" + addressId).token(session.accessToken()).send().status())
			.isEqualTo(204);
	}

	@Test
	void rotatesRefreshTokensAndRevokesTheSessionOnReuse(ShopApi api) {
		Shoppers.Session session = Shoppers.newShopperSession(api);
		ShopApi.Response refreshed = api
			.post("/api/auth/refresh", ShopApi.json().put("refreshToken", session.refreshToken()))
			.send();
		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.text("refreshToken")).isNotEqualTo(session.refreshToken());
		String newAccess = refreshed.text("accessToken");
		assertThat(api.get("/api/auth/profile").token(newAccess).send().status()).isEqualTo(200);
		ShopApi.Response reuse = api
			.post("/api/auth/refresh", ShopApi.json().put("refreshToken", session.refreshToken()))
			.send();
		assertThat(reuse.status()).isEqualTo(401);
		assertThat(api.get("/api/auth/profile").token(newAccess).send().status()).isEqualTo(401);
		assertThat(api.post("/api/auth/refresh", ShopApi.json().put("refreshToken", refreshed.text("refreshToken")))
			.send()
			.status()).isEqualTo(401);
	}

	@Test
	void refusesTheAccessTokenRightAfterLogout(ShopApi api) {
		Shoppers.Session session = Shoppers.newShopperSession(api);
		assertThat(api.get("/api/auth/profile").token(session.accessToken()).send().status()).isEqualTo(200);
		assertThat(api.post("/api/auth/logout", null).token(session.accessToken()).send().status()).isEqualTo(204);
		ShopApi.Response after = api.get("/api/auth/profile").token(session.accessToken()).send();
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void refusesMissingMalformedAndForgedTokens(ShopApi api) {
		assertThat(api.get("/api/auth/profile").send().status()).isEqualTo(401);
		assertThat(api.get("/api/auth/profile").token("not-a-jwt").send().status()).isEqualTo(401);
		assertThat(api.get("/api/auth/profile").header("Authorization", "Basic YTpi").send().status()).isEqualTo(401);
		Shoppers.Session session = Shoppers.newShopperSession(api);
		String[] parts = session.accessToken().split("\\.");
		String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
		assertThat(api.get("/api/auth/profile").token(unsigned).send().status()).isEqualTo(401);
		String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
		assertThat(api.get("/api/auth/profile").token(tampered).send().status()).isEqualTo(401);
	}

	@Test
	void letsOnlyAdminsGrantRoles(ShopApi api) {
		Shoppers.Shopper shopper = Shoppers.signUp(api);
		Shoppers.Session customer = Shoppers.login(api, shopper);
		ShopApi.Response denied = api
			.post("/api/admin/users/" + shopper.userId() + "/roles", ShopApi.json().put("role", "ADMIN"))
			.token(customer.accessToken())
			.send();
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.contentType()).isEqualTo("application/problem+json");
	}

}

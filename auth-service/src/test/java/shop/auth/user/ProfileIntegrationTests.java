package shop.auth.user;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIntegrationTests extends AuthIntegrationTestSupport {

	static Map<String, Object> address(String label, String line1) {
		Map<String, Object> address = new HashMap<>();
		address.put("label", label);
		address.put("name", "Pat Parcel");
		address.put("line1", line1);
		address.put("city", "Springfield");
		address.put("region", "IL");
		address.put("postalCode", "62701");
		address.put("country", "us");
		return address;
	}

	@Test
	void showsTheOwnersProfile() {
		String email = uniqueEmail("profile");
		Account account = newCustomer(email, "Paula Profile");
		HttpResponse<String> response = get("/api/auth/profile", "Authorization", account.authorization());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode profile = json(response);
		assertThat(profile.get("userId").asString()).isEqualTo(account.userId().toString());
		assertThat(profile.get("email").asString()).isEqualTo(email);
		assertThat(profile.get("name").asString()).isEqualTo("Paula Profile");
		assertThat(profile.get("roles").get(0).asString()).isEqualTo("CUSTOMER");
		assertThat(profile.get("addresses").isArray()).isTrue();
		assertThat(profile.get("addresses").size()).isZero();
	}

	@Test
	void updatesNameAndPhoneKeepingWhatIsAbsentAndRemovesAnEmptyPhone() {
		Account account = newCustomer();
		HttpResponse<String> phone = put("/api/auth/profile", Map.of("phone", "+1 (555) 010-2030"), "Authorization",
				account.authorization());
		assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);
		assertThat(json(phone).get("phone").asString()).isEqualTo("+1 (555) 010-2030");
		assertThat(json(phone).get("name").asString()).isEqualTo("Casey Customer");

		HttpResponse<String> name = put("/api/auth/profile", Map.of("name", "Casey Renamed"), "Authorization",
				account.authorization());
		assertThat(json(name).get("name").asString()).isEqualTo("Casey Renamed");
		assertThat(json(name).get("phone").asString()).isEqualTo("+1 (555) 010-2030");

		HttpResponse<String> removed = put("/api/auth/profile", Map.of("phone", ""), "Authorization",
				account.authorization());
		assertThat(json(removed).has("phone")).isFalse();
		assertThat(json(get("/api/auth/profile", "Authorization", account.authorization())).get("name").asString())
			.isEqualTo("Casey Renamed");
	}

	@Test
	void refusesABlankNameOrAMalformedPhone() {
		Account account = newCustomer();
		HttpResponse<String> response = put("/api/auth/profile", Map.of("name", "  ", "phone", "call me"),
				"Authorization", account.authorization());
		assertThat(response.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("name", "phone");
	}

	@Test
	void addsChangesAndRemovesAddresses() {
		Account account = newCustomer();
		HttpResponse<String> created = post("/api/auth/profile/addresses", address("Home", "1 Elm Street"),
				"Authorization", account.authorization());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode address = json(created);
		String addressId = address.get("addressId").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/auth/profile/addresses/" + addressId);
		assertThat(address.get("country").asString()).isEqualTo("US");
		assertThat(address.get("line1").asString()).isEqualTo("1 Elm Street");

		JsonNode listed = json(get("/api/auth/profile", "Authorization", account.authorization())).get("addresses");
		assertThat(listed.size()).isEqualTo(1);
		assertThat(listed.get(0).get("addressId").asString()).isEqualTo(addressId);

		HttpResponse<String> changed = put("/api/auth/profile/addresses/" + addressId,
				address("Office", "99 Oak Avenue"), "Authorization", account.authorization());
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed).get("line1").asString()).isEqualTo("99 Oak Avenue");
		assertThat(json(get("/api/auth/profile/addresses/" + addressId, "Authorization", account.authorization()))
			.get("label")
			.asString()).isEqualTo("Office");

		assertThat(delete("/api/auth/profile/addresses/" + addressId, "Authorization", account.authorization())
			.statusCode()).isEqualTo(204);
		assertThat(delete("/api/auth/profile/addresses/" + addressId, "Authorization", account.authorization())
			.statusCode()).isEqualTo(404);
		assertThat(json(get("/api/auth/profile", "Authorization", account.authorization())).get("addresses").size())
			.isZero();
	}

	@Test
	void refusesAnIncompleteAddressNamingItsFieldsAndStoresNothing() {
		Account account = newCustomer();
		Map<String, Object> incomplete = address(null, null);
		incomplete.put("country", "USA");
		HttpResponse<String> response = post("/api/auth/profile/addresses", incomplete, "Authorization",
				account.authorization());
		assertThat(response.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("line1", "country");
		assertThat(json(get("/api/auth/profile", "Authorization", account.authorization())).get("addresses").size())
			.isZero();
	}

	@Test
	void neverReachesAnotherUsersAddress() {
		Account owner = newCustomer();
		Account other = newCustomer();
		String addressId = json(post("/api/auth/profile/addresses", address("Home", "1 Elm Street"), "Authorization",
				owner.authorization()))
			.get("addressId")
			.asString();
		String path = "/api/auth/profile/addresses/" + addressId;
		assertThat(get(path, "Authorization", other.authorization()).statusCode()).isEqualTo(404);
		assertThat(put(path, address("Mine", "2 Elm Street"), "Authorization", other.authorization()).statusCode())
			.isEqualTo(404);
		assertThat(delete(path, "Authorization", other.authorization()).statusCode()).isEqualTo(404);
		assertThat(get(path, "Authorization", owner.authorization()).statusCode()).isEqualTo(200);
	}

	@Test
	void needsAnAccessTokenInTheBearerFormat() {
		Account account = newCustomer();
		assertThat(get("/api/auth/profile").statusCode()).isEqualTo(401);
		for (String header : new String[] { "Token " + account.accessToken(), account.accessToken(), "Bearer not-a-jwt",
				"Basic dXNlcjpwYXNz" }) {
			HttpResponse<String> response = get("/api/auth/profile", "Authorization", header);
			assertThat(response.statusCode()).as(header).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}
	}

}

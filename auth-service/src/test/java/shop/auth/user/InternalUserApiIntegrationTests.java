package shop.auth.user;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import shop.auth.AuthIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class InternalUserApiIntegrationTests extends AuthIntegrationTestSupport {

	@Test
	void givesOrdersServiceTheUsersIdEmailAndName() {
		String email = uniqueEmail("buyer");
		Account account = newCustomer(email, "Bea Buyer");
		HttpResponse<String> response = get("/internal/users/" + account.userId(), "X-Api-Key", "orders-test-key");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode user = json(response);
		assertThat(user.get("userId").asString()).isEqualTo(account.userId().toString());
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(user.get("name").asString()).isEqualTo("Bea Buyer");
		assertThat(user.has("roles")).isFalse();
	}

	@Test
	void givesOrdersServiceAnAddressOnlyOfItsOwner() {
		Account owner = newCustomer();
		Account other = newCustomer();
		String addressId = json(post("/api/auth/profile/addresses", ProfileIntegrationTests.address("Home", "5 Pine"),
				"Authorization", owner.authorization()))
			.get("addressId")
			.asString();
		HttpResponse<String> response = get("/internal/users/" + owner.userId() + "/addresses/" + addressId,
				"X-Api-Key", "orders-test-key");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode address = json(response);
		assertThat(address.get("addressId").asString()).isEqualTo(addressId);
		assertThat(address.get("name").asString()).isEqualTo("Pat Parcel");
		assertThat(address.get("line1").asString()).isEqualTo("5 Pine");
		assertThat(address.get("city").asString()).isEqualTo("Springfield");
		assertThat(address.get("postalCode").asString()).isEqualTo("62701");
		assertThat(address.get("country").asString()).isEqualTo("US");

		assertThat(get("/internal/users/" + other.userId() + "/addresses/" + addressId, "X-Api-Key", "orders-test-key")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void answersUnknownUsersWith404AndOtherCallersWith403() {
		assertThat(get("/internal/users/" + UUID.randomUUID(), "X-Api-Key", "orders-test-key").statusCode())
			.isEqualTo(404);
		Account account = newCustomer();
		assertThat(get("/internal/users/" + account.userId(), "X-Api-Key", "gateway-test-key").statusCode())
			.isEqualTo(403);
		assertThat(get("/internal/users/" + account.userId()).statusCode()).isEqualTo(401);
	}

}

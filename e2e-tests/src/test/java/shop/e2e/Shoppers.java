package shop.e2e;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up and login as a shopper would, and the dev admin of the fleet.
 */
final class Shoppers {

	private Shoppers() {
	}

	record Shopper(String userId, String email, String password, String name) {
	}

	record Session(String accessToken, String refreshToken, String sessionId) {
	}

	static Shopper signUp(ShopApi api) {
		String email = ShopApi.uniqueEmail();
		String password = "correct-horse-battery-" + email.hashCode();
		ObjectNode body = ShopApi.json().put("email", email).put("password", password).put("name", "Ada Shopper");
		ShopApi.Response response = api.post("/api/auth/signup", body).send();
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return new Shopper(response.text("userId"), email, password, "Ada Shopper");
	}

	static Session login(ShopApi api, String email, String password) {
		ShopApi.Response response = api
			.post("/api/auth/login", ShopApi.json().put("email", email).put("password", password))
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return new Session(response.text("accessToken"), response.text("refreshToken"), response.text("sessionId"));
	}

	static Session login(ShopApi api, Shopper shopper) {
		return login(api, shopper.email(), shopper.password());
	}

	static Session newShopperSession(ShopApi api) {
		return login(api, signUp(api));
	}

	static Session admin(ShopApi api) {
		return login(api, api.options().adminEmail(), api.options().adminPassword());
	}

}

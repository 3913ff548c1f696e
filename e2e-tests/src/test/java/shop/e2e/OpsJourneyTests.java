package shop.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@E2E
@Services({ "gateway", "health-service", "log-service" })
class OpsJourneyTests {

	static final String[] COMPONENTS = { "auth-service", "catalog-service", "pricing-service", "fulfillment-service",
			"cart-service", "payment-service", "orders-service", "rating-service", "realtime-service", "log-service",
			"database", "cache", "log-store" };

	@Test
	void aggregatesTheHealthOfEverything(ShopApi api) {
		ShopApi.Response health = api.get("/api/health").send();
		assertThat(health.status()).as(health.toString()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
		assertThat(health.text("checkedAt")).isNotBlank();
		for (String component : COMPONENTS) {
			assertThat(health.at("components." + component + ".status").asString()).as(component).isEqualTo("UP");
		}
		assertThat(health.at("components.orders-service.latencyMs").isNumber()).isTrue();
	}

	@Test
	void letsAdminsSearchTheLogs(ShopApi api) {
		String admin = Shoppers.admin(api).accessToken();
		ShopApi.Response logs = api.get("/api/admin/logs?service=auth-service&size=5").token(admin).send();
		assertThat(logs.status()).as(logs.toString()).isEqualTo(200);
		assertThat(logs.at("items").isArray()).isTrue();
		assertThat(logs.at("size").asInt()).isEqualTo(5);
		String shopper = Shoppers.newShopperSession(api).accessToken();
		assertThat(api.get("/api/admin/logs").token(shopper).send().status()).isEqualTo(403);
		assertThat(api.get("/api/admin/logs").send().status()).isEqualTo(401);
	}

}

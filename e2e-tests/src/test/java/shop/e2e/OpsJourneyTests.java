package shop.e2e;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@E2E
@Services({ "gateway", "health-service", "log-service", "orders-service" })
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

	/**
	 * A client that sends one W3C trace context with its checkout and its confirm finds
	 * the whole checkout under that trace id in the admin log search: the gateway's
	 * access lines and the lines of orders, cart, payment and fulfillment.
	 */
	@Test
	void findsOneCheckoutUnderOneTraceIdInTheLogsOfEveryServiceItCrossed(ShopApi api) {
		String admin = Shoppers.admin(api).accessToken();
		Catalog.Product cable = Catalog.create(api, admin, "Traceable USB-C cable 2 m", "Ops Cables", "accessories",
				"9.90", 10);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, cable.productId(), 1);
		String traceId = hex(16);
		ShopApi.Response order = api.post("/api/orders", CheckoutJourneyTests.inlineAddress())
			.token(token)
			.header("Idempotency-Key", traceId)
			.header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
			.send();
		assertThat(order.status()).as(order.toString()).isEqualTo(201);
		CheckoutJourneyTests.approve(api, order.text("approvalUrl"));
		ShopApi.Response confirmed = api.post("/api/orders/" + order.text("orderId") + "/confirm", null)
			.token(token)
			.header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
			.send();
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

		Set<String> expected = Set.of("gateway", "orders-service", "cart-service", "payment-service",
				"fulfillment-service");
		Set<String> seen = new TreeSet<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			ShopApi.Response logs = api.get("/api/admin/logs?traceId=" + traceId + "&size=100").token(admin).send();
			assertThat(logs.status()).as(logs.toString()).isEqualTo(200);
			seen.clear();
			for (JsonNode event : logs.at("items")) {
				assertThat(event.path("traceId").asString()).isEqualTo(traceId);
				seen.add(event.path("service").asString());
			}
			assertThat(seen).as("services with log lines of trace " + traceId).containsAll(expected);
		});
		ShopApi.Response gatewayLines = api
			.get("/api/admin/logs?traceId=" + traceId + "&service=gateway&q=confirm&size=10")
			.token(admin)
			.send();
		assertThat(gatewayLines.at("items").size()).as(gatewayLines.toString()).isPositive();
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}

package shop.orders.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import shop.common.test.Http;
import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;
import shop.orders.notification.OrderEventRelay;
import shop.orders.saga.RecoveryWorker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context of orders-service's integration tests: the real service on a
 * random port against the shared PostgreSQL, the other services stood in by
 * {@link FleetStubs}, a {@link MutableClock}, and the background jobs switched off so
 * that tests run the recovery worker and the outbox relay themselves. Every test works
 * with its own users and orders, so tests do not see each other; a test that hangs (a
 * saga that never settles) fails after a minute.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.orders.scheduling.enabled=false", "shop.internal.api-key=orders-test-key",
				"shop.internal.caller-keys=rating-service=rating-test-key,cart-service=cart-test-key",
				"shop.orders.public-url=https://shop.test/", "shop.orders.saga.initial-backoff=100ms",
				"shop.orders.saga.max-backoff=1s", "shop.orders.saga.max-forward-attempts=4",
				"shop.orders.saga.request-wait=8s", "shop.orders.recovery.batch-size=3",
				"shop.orders.remote.minimum-calls=1000",
				"spring.cloud.openfeign.client.config.default.read-timeout=3000",
				"spring.cloud.openfeign.client.config.payment-service.read-timeout=1000" })
@PostgresTest
@Import({ TestSecurityConfiguration.class, OrdersTestConfiguration.class })
@Timeout(60)
public abstract class OrdersIntegrationTestSupport {

	protected static final WireMockServer fleet = FleetStubs.server();

	protected static final String STANDARD_DELIVERY = """
			{"shippingAddressId": "%s", "deliveryMode": "standard"}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected RecoveryWorker recoveryWorker;

	@Autowired
	protected OrderEventRelay relay;

	@Autowired
	protected CrashSimulator crashes;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void otherServices(DynamicPropertyRegistry registry) {
		for (String service : List.of("cart-service", "payment-service", "fulfillment-service", "auth-service",
				"realtime-service")) {
			registry.add("shop.services." + service, fleet::baseUrl);
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected static String bearer(UUID userId) {
		return "Bearer " + TestKeys.token(userId, "CUSTOMER");
	}

	protected static String adminBearer() {
		return "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER", "ADMIN");
	}

	protected HttpResponse<String> placeOrder(UUID userId, String idempotencyKey, String body) {
		return Http.post(url("/api/orders"), body, "Authorization", bearer(userId), "Idempotency-Key", idempotencyKey);
	}

	protected static String standardDelivery() {
		return STANDARD_DELIVERY.formatted(UUID.randomUUID());
	}

	/**
	 * A new order of the user, waiting for payment approval.
	 */
	protected UUID checkout(UUID userId) {
		HttpResponse<String> response = placeOrder(userId, UUID.randomUUID().toString(), standardDelivery());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return UUID.fromString(json(response).path("orderId").asString());
	}

	protected HttpResponse<String> confirm(UUID userId, UUID orderId) {
		return Http.post(url("/api/orders/" + orderId + "/confirm"), "", "Authorization", bearer(userId));
	}

	protected HttpResponse<String> cancel(UUID userId, UUID orderId) {
		return Http.post(url("/api/orders/" + orderId + "/cancel"), "", "Authorization", bearer(userId));
	}

	protected HttpResponse<String> getOrder(UUID userId, UUID orderId) {
		return Http.get(url("/api/orders/" + orderId), "Authorization", bearer(userId));
	}

	/**
	 * A new confirmed order of the user.
	 */
	protected UUID confirmedOrder(UUID userId) {
		UUID orderId = checkout(userId);
		HttpResponse<String> confirmed = confirm(userId, orderId);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		return orderId;
	}

	/**
	 * Runs the recovery worker until it finds nothing due (other tests' sagas included).
	 */
	protected void recoverAll() {
		for (int run = 0; run < 100 && this.recoveryWorker.runOnce() > 0; run++) {
			Thread.onSpinWait();
		}
	}

	/**
	 * Runs the outbox relay until nothing is left to send.
	 */
	protected void relayAll() {
		for (int run = 0; run < 100 && this.relay.runOnce() > 0; run++) {
			Thread.onSpinWait();
		}
	}

	protected static String problemBody(int status, String code) {
		return FleetStubs.problem(status, code, code);
	}

	protected String orderStatus(UUID orderId) {
		return this.jdbc.queryForObject("select status from orders.orders where id = ?", String.class, orderId);
	}

	protected String sagaState(UUID orderId) {
		return this.jdbc.queryForObject("select state from orders.checkout_sagas where order_id = ?", String.class,
				orderId);
	}

	/**
	 * The step log's {@code step:outcome} entries of an order, oldest first.
	 */
	protected List<String> stepLog(UUID orderId) {
		return new ArrayList<>(this.jdbc.queryForList(
				"select step || ':' || outcome from orders.saga_step_log where order_id = ? order by id", String.class,
				orderId));
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static int count(RequestPatternBuilder pattern) {
		return fleet.countRequestsMatching(pattern.build()).getCount();
	}

	protected static RequestPatternBuilder paymentCall(UUID orderId, String action) {
		return WireMock.postRequestedFor(WireMock.urlEqualTo("/internal/payments/" + orderId + "/" + action));
	}

	protected static RequestPatternBuilder withOrder(RequestPatternBuilder pattern, UUID orderId) {
		return pattern.withRequestBody(WireMock.matchingJsonPath("$.orderId", WireMock.equalTo(orderId.toString())));
	}

}

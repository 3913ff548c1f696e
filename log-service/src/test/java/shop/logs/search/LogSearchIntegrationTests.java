package shop.logs.search;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import shop.common.logging.LogShippingAppender;
import shop.common.logging.LogShippingProperties;
import shop.common.test.Http;
import shop.common.test.TestKeys;
import shop.logs.LogServiceTestSupport;
import shop.logs.index.LogObjectRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LogSearchIntegrationTests extends LogServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	LogObjectRepository index;

	private final String admin = "Bearer " + TestKeys.token(UUID.randomUUID(), "ADMIN");

	private String orders;

	private String cart;

	private String trace;

	private Instant start;

	@BeforeEach
	void storeSomeEvents() {
		this.orders = "orders-" + UUID.randomUUID().toString().substring(0, 8);
		this.cart = "cart-" + UUID.randomUUID().toString().substring(0, 8);
		this.trace = "trace-" + UUID.randomUUID();
		this.start = Instant.now().minusSeconds(600);
		List<Map<String, Object>> events = new ArrayList<>();
		events.add(event(this.orders, this.start, "INFO", "Checkout started for cart 42", this.trace));
		events.add(event(this.cart, this.start.plusSeconds(1), "INFO", "Cart 42 locked", this.trace));
		events.add(event(this.orders, this.start.plusSeconds(2), "ERROR", "Payment capture failed", this.trace));
		events.add(event(this.orders, this.start.plusSeconds(3), "INFO", "Unrelated order confirmed", "other"));
		events.add(event(this.cart, this.start.plusSeconds(4), "WARN", "Stock low for product", null));
		HttpResponse<String> response = Http.post(url("/internal/logs"),
				JSON.writeValueAsString(Map.of("events", events)), "X-Api-Key", "orders-key");
		assertThat(response.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.index.findByService(this.orders).isEmpty()
					&& !this.index.findByService(this.cart).isEmpty());
	}

	@Test
	void findsACheckoutsLinesAcrossServicesByTraceIdNewestFirst() {
		JsonNode page = search("traceId=" + this.trace);

		assertThat(page.get("totalItems").asLong()).isEqualTo(3);
		assertThat(messages(page)).containsExactly("Payment capture failed", "Cart 42 locked",
				"Checkout started for cart 42");
		assertThat(page.get("items").get(0).get("traceId").asString()).isEqualTo(this.trace);
		assertThat(page.get("items").get(0).get("service").asString()).isEqualTo(this.orders);
	}

	@Test
	void filtersByServiceLevelTimeRangeAndText() {
		assertThat(messages(search("service=" + this.orders))).containsExactly("Unrelated order confirmed",
				"Payment capture failed", "Checkout started for cart 42");
		assertThat(messages(search("service=" + this.orders + "&level=error")))
			.containsExactly("Payment capture failed");
		assertThat(messages(search(
				"service=" + this.cart + "&from=" + this.start.plusSeconds(2) + "&to=" + this.start.plusSeconds(10))))
			.containsExactly("Stock low for product");
		assertThat(messages(search("service=" + this.orders + "&q=CART%2042")))
			.containsExactly("Checkout started for cart 42");
		assertThat(messages(search("q=ture%20fai&traceId=" + this.trace))).containsExactly("Payment capture failed");
		assertThat(messages(search("service=" + this.orders + "&q=nothing-like-this"))).isEmpty();
	}

	@Test
	void pagesTheResults() {
		JsonNode first = search("service=" + this.orders + "&size=2");
		JsonNode second = search("service=" + this.orders + "&size=2&page=1");

		assertThat(first.get("totalItems").asLong()).isEqualTo(3);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(messages(first)).hasSize(2);
		assertThat(messages(second)).containsExactly("Checkout started for cart 42");
	}

	@Test
	void isForAdminsOnly() {
		String shopper = "Bearer " + TestKeys.token(UUID.randomUUID(), "CUSTOMER");
		assertThat(Http.get(url("/api/admin/logs"), "Authorization", shopper).statusCode()).isEqualTo(403);
		assertThat(Http.get(url("/api/admin/logs")).statusCode()).isEqualTo(401);
	}

	@Test
	void rejectsBadCriteriaWith400() {
		assertThat(Http.get(url("/api/admin/logs?level=LOUD"), "Authorization", this.admin).statusCode())
			.isEqualTo(400);
		assertThat(Http.get(url("/api/admin/logs?from=yesterday"), "Authorization", this.admin).statusCode())
			.isEqualTo(400);
	}

	@Test
	void storesWhatTheLogShipperOfAnotherServiceSends() {
		String service = "shipper-" + UUID.randomUUID().toString().substring(0, 8);
		String trace = "trace-" + UUID.randomUUID();
		LogShippingAppender appender = new LogShippingAppender(service,
				new LogShippingProperties(true, url(""), "orders-key", "log-service", "INFO", 100, 1000,
						Duration.ofMillis(200), System.getProperty("java.io.tmpdir") + "/log-spool-" + service,
						DataSize.ofMegabytes(1), Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5),
						Duration.ofSeconds(10)));
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		appender.setContext(context);
		appender.start();
		Logger logger = context.getLogger("shop.shipped." + service);
		logger.setAdditive(false);
		logger.addAppender(appender);
		MDC.put("traceId", trace);
		MDC.put("requestId", "req-shipped");
		try {
			logger.info("Order {} confirmed", "o-1");
			logger.error("Capture failed", new IllegalStateException("declined"));
		}
		finally {
			MDC.clear();
			appender.stop();
			logger.detachAppender(appender);
		}
		assertThat(appender.deliveredEvents()).isEqualTo(2);

		await().atMost(Duration.ofSeconds(10)).until(() -> !this.index.findByService(service).isEmpty());
		JsonNode page = search("traceId=" + trace);
		assertThat(messages(page)).containsExactlyInAnyOrder("Order o-1 confirmed", "Capture failed");
		assertThat(page.get("items").get(0).get("requestId").asString()).isEqualTo("req-shipped");
		assertThat(messages(search("traceId=" + trace + "&q=declined"))).containsExactly("Capture failed");
	}

	private JsonNode search(String query) {
		HttpResponse<String> response = Http.get(url("/api/admin/logs?" + query), "Authorization", this.admin);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> messages(JsonNode page) {
		List<String> messages = new ArrayList<>();
		page.get("items").forEach((item) -> messages.add(item.get("message").asString()));
		return messages;
	}

	private static Map<String, Object> event(String service, Instant at, String level, String message, String traceId) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("timestamp", at.toString());
		event.put("service", service);
		event.put("level", level);
		event.put("logger", "shop.test.Search");
		event.put("message", message);
		if (traceId != null) {
			event.put("traceId", traceId);
		}
		return event;
	}

}

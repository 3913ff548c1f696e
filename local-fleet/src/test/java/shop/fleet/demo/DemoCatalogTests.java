package shop.fleet.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader against a fake gateway on the loopback interface that answers like the
 * fleet's admin API.
 */
class DemoCatalogTests {

	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, String> prices = new ConcurrentHashMap<>();

	private final Map<String, String> stock = new ConcurrentHashMap<>();

	private final AtomicInteger bulkCalls = new AtomicInteger();

	private final AtomicBoolean rateLimitOnce = new AtomicBoolean(true);

	private HttpServer gateway;

	@BeforeEach
	void startFakeGateway() throws IOException {
		this.gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.gateway.createContext("/", this::handle);
		this.gateway.start();
	}

	@AfterEach
	void stopFakeGateway() {
		this.gateway.stop(0);
	}

	@Test
	void loadsTheDemoCatalogOnceThroughTheAdminApi(@TempDir Path dir) {
		Path marker = dir.resolve("state/demo-catalog.loaded");
		DemoCatalog.Result result = DemoCatalog.loadOnce(url(), "admin@shop.local", "admin-password", marker);
		int products = DemoCatalogGenerator.demo().size();
		assertThat(result.alreadyLoaded()).isFalse();
		assertThat(result.products()).isEqualTo(products);
		assertThat(result.categories()).isEqualTo(DemoCatalogGenerator.categories().size());
		assertThat(this.bulkCalls.get()).isEqualTo((products + 499) / 500);
		assertThat(this.prices).hasSize(products);
		assertThat(this.stock).hasSize(products);
		assertThat(this.prices.values()).allSatisfy((body) -> assertThat(body).contains("\"currency\":\"USD\""));
		assertThat(this.stock.values()).anySatisfy((body) -> assertThat(body).contains("\"onHand\":0,"));
		assertThat(marker).exists();
		int before = this.requests.size();
		DemoCatalog.Result again = DemoCatalog.loadOnce(url(), "admin@shop.local", "admin-password", marker);
		assertThat(again.alreadyLoaded()).isTrue();
		assertThat(this.requests).hasSize(before);
	}

	@Test
	void signsInFirstAndCreatesParentsBeforeChildren(@TempDir Path dir) {
		DemoCatalog.load(url(), "admin@shop.local", "admin-password", DemoCatalogGenerator.categories(),
				DemoCatalogGenerator.demo().subList(0, 3));
		assertThat(this.requests.get(0)).isEqualTo("POST /api/auth/login");
		List<String> categoryBodies = new ArrayList<>(this.requests).stream()
			.filter((request) -> request.startsWith("POST /api/admin/categories "))
			.toList();
		assertThat(categoryBodies.indexOf(categoryBody("computers")))
			.isLessThan(categoryBodies.indexOf(categoryBody("laptops")));
	}

	@Test
	void refusesToLoadWithWrongCredentials(@TempDir Path dir) {
		Path marker = dir.resolve("marker");
		assertThatThrownBy(() -> DemoCatalog.loadOnce(url(), "admin@shop.local", "wrong", marker))
			.isInstanceOf(DemoLoadException.class)
			.hasMessageContaining("401");
		assertThat(marker).doesNotExist();
	}

	private String categoryBody(String slug) {
		return this.requests.stream()
			.filter((request) -> request.startsWith("POST /api/admin/categories ")
					&& request.contains("\"slug\":\"" + slug + "\""))
			.findFirst()
			.orElseThrow();
	}

	private String url() {
		return "http://127.0.0.1:" + this.gateway.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		boolean authorised = "Bearer token-1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
		if (path.equals("/api/auth/login")) {
			this.requests.add(method + " " + path);
			if (body.contains("\"password\":\"admin-password\"")) {
				respond(exchange, 200, "{\"accessToken\":\"token-1\",\"tokenType\":\"Bearer\"}");
			}
			else {
				respond(exchange, 401, "{\"status\":401}");
			}
			return;
		}
		if (!authorised) {
			respond(exchange, 401, "{\"status\":401}");
			return;
		}
		this.requests.add(method + " " + path + " " + body);
		if (path.equals("/api/admin/categories")) {
			respond(exchange, 201, "{}");
		}
		else if (path.equals("/api/admin/products/bulk")) {
			if (this.rateLimitOnce.getAndSet(false)) {
				exchange.getResponseHeaders().add("Retry-After", "0");
				respond(exchange, 429, "{\"status\":429}");
				return;
			}
			this.bulkCalls.incrementAndGet();
			List<?> products = (List<?>) ((Map<?, ?>) Json.parse(body)).get("products");
			List<Object> created = new ArrayList<>();
			for (Object product : products) {
				created.add(Map.of("productId", UUID.randomUUID().toString(), "sku", ((Map<?, ?>) product).get("sku")));
			}
			respond(exchange, 201, Json.write(Map.of("created", created)));
		}
		else if (path.endsWith("/price") && method.equals("PUT")) {
			this.prices.put(path, body);
			respond(exchange, 200, "{}");
		}
		else if (path.endsWith("/stock") && method.equals("PUT")) {
			this.stock.put(path, body);
			respond(exchange, 200, "{}");
		}
		else {
			respond(exchange, 404, "{}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

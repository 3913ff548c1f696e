package shop.common.logging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for log-service's {@code POST /internal/logs} that records what it accepts
 * and can be made to fail or to hang.
 */
final class StubLogService implements AutoCloseable {

	static final String API_KEY = "shipper-key";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

	private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	private volatile int failWith;

	private volatile CountDownLatch hold;

	private StubLogService(HttpServer server) {
		this.server = server;
	}

	static StubLogService start() {
		return start(0);
	}

	static StubLogService start(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			StubLogService stub = new StubLogService(server);
			server.createContext("/internal/logs", stub::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + port();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	void failWith(int status) {
		this.failWith = status;
	}

	void recover() {
		this.failWith = 0;
	}

	void holdRequests() {
		this.hold = new CountDownLatch(1);
	}

	void releaseRequests() {
		CountDownLatch latch = this.hold;
		this.hold = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	List<Map<String, Object>> events() {
		return this.events;
	}

	List<String> messages() {
		return this.events.stream().map((event) -> (String) event.get("message")).toList();
	}

	List<Integer> batchSizes() {
		return this.batchSizes;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			byte[] bytes = body.readAllBytes();
			CountDownLatch latch = this.hold;
			if (latch != null) {
				latch.await(30, TimeUnit.SECONDS);
			}
			if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			if (this.failWith != 0) {
				exchange.sendResponseHeaders(this.failWith, -1);
				return;
			}
			Map<String, List<Map<String, Object>>> batch = MAPPER.readValue(bytes,
					new TypeReference<Map<String, List<Map<String, Object>>>>() {
					});
			this.events.addAll(batch.get("events"));
			this.batchSizes.add(batch.get("events").size());
			exchange.sendResponseHeaders(202, -1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		releaseRequests();
		this.server.stop(0);
	}

}

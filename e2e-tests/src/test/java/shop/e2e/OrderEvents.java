package shop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * A shopper's WebSocket on {@code /api/ws/orders}, collecting every pushed event.
 */
final class OrderEvents implements WebSocket.Listener, AutoCloseable {

	private final List<JsonNode> events = new CopyOnWriteArrayList<>();

	private final StringBuilder partial = new StringBuilder();

	private WebSocket socket;

	static OrderEvents open(ShopApi api, String accessToken) {
		OrderEvents listener = new OrderEvents();
		String url = api.gateway().replaceFirst("^http", "ws") + "/api/ws/orders?access_token=" + accessToken;
		listener.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create(url), listener)
			.orTimeout(15, TimeUnit.SECONDS)
			.join();
		return listener;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.events.add(ShopApi.JSON.readTree(this.partial.toString()));
			this.partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	List<JsonNode> events() {
		return new ArrayList<>(this.events);
	}

	List<String> statusesOf(String orderId) {
		return this.events.stream()
			.filter((event) -> "ORDER_STATUS".equals(event.path("type").asString()))
			.filter((event) -> orderId.equals(event.path("orderId").asString()))
			.map((event) -> event.path("status").asString())
			.toList();
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
			.orTimeout(5, TimeUnit.SECONDS)
			.exceptionally((ex) -> null);
	}

}

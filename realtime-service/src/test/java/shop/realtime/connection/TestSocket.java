package shop.realtime.connection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket client as a browser would be, recording what the server sends.
 */
final class TestSocket implements WebSocket.Listener, AutoCloseable {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final AtomicInteger pings = new AtomicInteger();

	private final StringBuilder partial = new StringBuilder();

	private WebSocket socket;

	static TestSocket open(String url, String... headers) {
		TestSocket listener = new TestSocket();
		WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		listener.socket = builder.buildAsync(URI.create(url), listener).join();
		return listener;
	}

	String next() throws InterruptedException {
		return this.messages.poll(5, TimeUnit.SECONDS);
	}

	String nextWithin(Duration wait) throws InterruptedException {
		return this.messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	int closeCode() throws Exception {
		return this.closed.get(5, TimeUnit.SECONDS);
	}

	boolean isClosed() {
		return this.closed.isDone();
	}

	int pings() {
		return this.pings.get();
	}

	void sendText(String text) {
		this.socket.sendText(text, true).join();
	}

	void sendBinary(byte[] bytes) {
		this.socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.messages.add(this.partial.toString());
			this.partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
		this.pings.incrementAndGet();
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete(statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.closed.complete(-1);
	}

	@Override
	public void close() {
		if (!this.closed.isDone()) {
			this.socket.abort();
		}
	}

}

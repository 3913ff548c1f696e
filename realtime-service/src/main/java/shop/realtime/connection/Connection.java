package shop.realtime.connection;

import java.io.IOException;
import java.util.UUID;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One open connection of a user: sends are thread-safe and bounded (a client that does
 * not read is disconnected rather than buffered without end), and the time of the last
 * frame received is kept for the idle check.
 */
final class Connection {

	private static final int SEND_TIME_LIMIT_MS = 5_000;

	private static final int SEND_BUFFER_LIMIT = 256 * 1024;

	private final WebSocketSession session;

	private final UUID userId;

	private final String sessionId;

	private volatile long lastReceivedNanos = System.nanoTime();

	private int partialBytes;

	Connection(WebSocketSession session, UUID userId, String sessionId) {
		this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT,
				ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
		this.userId = userId;
		this.sessionId = sessionId;
	}

	String id() {
		return this.session.getId();
	}

	UUID userId() {
		return this.userId;
	}

	String sessionId() {
		return this.sessionId;
	}

	void received() {
		this.lastReceivedNanos = System.nanoTime();
	}

	long quietNanos() {
		return System.nanoTime() - this.lastReceivedNanos;
	}

	/**
	 * Adds a fragment's size to the message being received.
	 * @return the size of the message so far
	 */
	synchronized int addFragment(int bytes, boolean last) {
		this.partialBytes += bytes;
		int total = this.partialBytes;
		if (last) {
			this.partialBytes = 0;
		}
		return total;
	}

	boolean isOpen() {
		return this.session.isOpen();
	}

	void send(String json) {
		try {
			this.session.sendMessage(new TextMessage(json));
		}
		catch (IOException | RuntimeException ex) {
			close(CloseStatus.SESSION_NOT_RELIABLE);
		}
	}

	void ping() {
		try {
			this.session.sendMessage(new PingMessage());
		}
		catch (IOException | RuntimeException ex) {
			close(CloseStatus.SESSION_NOT_RELIABLE);
		}
	}

	void close(CloseStatus status) {
		try {
			this.session.close(status);
		}
		catch (IOException | RuntimeException ex) {
			// already gone
		}
	}

}

package shop.realtime.connection;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

import shop.realtime.RealtimeProperties;

/**
 * {@code /api/ws/orders}: the server pushes, the client listens. A client may send
 * {@code {"type":"PING"}} (answered {@code {"type":"PONG"}}); anything else, binary
 * frames, or a message over {@code max-message-bytes} closes the connection with a policy
 * violation (1008), as does a connection beyond the user's limit.
 */
@Component
class OrderSocketHandler extends AbstractWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(OrderSocketHandler.class);

	static final String CLIENT_PING = "{\"type\":\"PING\"}";

	static final String PONG = "{\"type\":\"PONG\"}";

	private static final String CONNECTION_ATTRIBUTE = "shop.realtime.connection";

	private final ConnectionRegistry registry;

	private final RealtimeProperties properties;

	OrderSocketHandler(ConnectionRegistry registry, RealtimeProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		Map<String, Object> attributes = session.getAttributes();
		Connection connection = new Connection(session, (UUID) attributes.get(TokenHandshakeInterceptor.USER_ATTRIBUTE),
				(String) attributes.get(TokenHandshakeInterceptor.SESSION_ATTRIBUTE));
		attributes.put(CONNECTION_ATTRIBUTE, connection);
		if (!this.registry.add(connection)) {
			log.info("Refused a connection of user {}: already {} open", connection.userId(),
					this.properties.maxConnectionsPerUser());
			connection.close(CloseStatus.POLICY_VIOLATION.withReason("Too many connections"));
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		Connection connection = connection(session);
		if (connection == null) {
			return;
		}
		connection.received();
		int size = connection.addFragment(message.getPayloadLength(), message.isLast());
		if (size > this.properties.maxMessageBytes()) {
			connection.close(CloseStatus.POLICY_VIOLATION.withReason("Message too large"));
			return;
		}
		if (!message.isLast()) {
			return;
		}
		if (CLIENT_PING.equals(message.getPayload().replace(" ", ""))) {
			connection.send(PONG);
		}
		else {
			connection.close(CloseStatus.POLICY_VIOLATION.withReason("Unexpected message"));
		}
	}

	@Override
	protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
		Connection connection = connection(session);
		if (connection != null) {
			connection.close(CloseStatus.POLICY_VIOLATION.withReason("Binary messages are not accepted"));
		}
	}

	@Override
	protected void handlePongMessage(WebSocketSession session, PongMessage message) {
		Connection connection = connection(session);
		if (connection != null) {
			connection.received();
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		Connection connection = connection(session);
		if (connection != null) {
			connection.close(CloseStatus.SERVER_ERROR);
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		Connection connection = connection(session);
		if (connection != null) {
			this.registry.remove(connection);
		}
	}

	@Override
	public boolean supportsPartialMessages() {
		return true;
	}

	private static Connection connection(WebSocketSession session) {
		return (Connection) session.getAttributes().get(CONNECTION_ATTRIBUTE);
	}

}

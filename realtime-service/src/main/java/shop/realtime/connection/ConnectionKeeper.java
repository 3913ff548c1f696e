package shop.realtime.connection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

import shop.realtime.RealtimeProperties;

/**
 * Looks after open connections: pings the quiet ones (a live client answers with a pong),
 * closes those from which nothing arrived for the idle timeout, and closes every
 * connection whose session auth-service no longer holds active.
 */
@Component
public class ConnectionKeeper {

	private static final Logger log = LoggerFactory.getLogger(ConnectionKeeper.class);

	private final ConnectionRegistry registry;

	private final SessionCheck sessions;

	private final RealtimeProperties properties;

	ConnectionKeeper(ConnectionRegistry registry, SessionCheck sessions, RealtimeProperties properties) {
		this.registry = registry;
		this.sessions = sessions;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${shop.realtime.ping-interval:30s}")
	void pingQuietConnections() {
		long pingAfter = this.properties.pingInterval().toNanos();
		long idleAfter = this.properties.idleTimeout().toNanos();
		for (Connection connection : this.registry.all()) {
			long quiet = connection.quietNanos();
			if (quiet >= idleAfter) {
				connection.close(CloseStatus.GOING_AWAY.withReason("Idle"));
			}
			else if (quiet >= pingAfter) {
				connection.ping();
			}
		}
	}

	/**
	 * Closes the connections of sessions that were logged out or revoked; a session
	 * auth-service cannot answer for now is checked again next time.
	 * @return how many connections were closed
	 */
	@Scheduled(fixedDelayString = "${shop.realtime.session-check-interval:60s}")
	public int closeRevokedSessions() {
		Map<String, List<Connection>> bySession = new HashMap<>();
		for (Connection connection : this.registry.all()) {
			bySession.computeIfAbsent(connection.sessionId(), (id) -> new java.util.ArrayList<>()).add(connection);
		}
		int closed = 0;
		for (Map.Entry<String, List<Connection>> entry : bySession.entrySet()) {
			Connection first = entry.getValue().getFirst();
			if (this.sessions.check(entry.getKey(), first.userId()) == SessionCheck.Verdict.REVOKED) {
				for (Connection connection : entry.getValue()) {
					connection.close(CloseStatus.POLICY_VIOLATION.withReason("Session ended"));
					closed++;
				}
			}
		}
		if (closed > 0) {
			log.info("Closed {} connections of ended sessions", closed);
		}
		return closed;
	}

}

package shop.realtime.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import shop.realtime.RealtimeProperties;

/**
 * The open connections of this instance, by user.
 */
@Component
public class ConnectionRegistry {

	private final Map<UUID, Set<Connection>> byUser = new ConcurrentHashMap<>();

	private final RealtimeProperties properties;

	ConnectionRegistry(RealtimeProperties properties) {
		this.properties = properties;
	}

	/**
	 * Registers a connection unless its user already holds the most allowed.
	 * @return whether it was registered
	 */
	boolean add(Connection connection) {
		boolean[] added = { false };
		this.byUser.compute(connection.userId(), (user, connections) -> {
			Set<Connection> set = (connections != null) ? connections : ConcurrentHashMap.newKeySet();
			if (set.size() < this.properties.maxConnectionsPerUser()) {
				set.add(connection);
				added[0] = true;
			}
			return set.isEmpty() ? null : set;
		});
		return added[0];
	}

	void remove(Connection connection) {
		this.byUser.computeIfPresent(connection.userId(), (user, connections) -> {
			connections.remove(connection);
			return connections.isEmpty() ? null : connections;
		});
	}

	/**
	 * Sends a message to every open connection of a user on this instance.
	 * @return how many connections it was sent to
	 */
	public int sendTo(UUID userId, String json) {
		Set<Connection> connections = this.byUser.get(userId);
		if (connections == null) {
			return 0;
		}
		int sent = 0;
		for (Connection connection : List.copyOf(connections)) {
			if (connection.isOpen()) {
				connection.send(json);
				sent++;
			}
		}
		return sent;
	}

	List<Connection> all() {
		List<Connection> all = new ArrayList<>();
		this.byUser.values().forEach(all::addAll);
		return all;
	}

}

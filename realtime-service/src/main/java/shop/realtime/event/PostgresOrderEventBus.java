package shop.realtime.event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import shop.realtime.RealtimeProperties;

/**
 * Fans events out to every instance through PostgreSQL's {@code NOTIFY}/{@code LISTEN} on
 * one channel; no table, no schema. Each instance keeps one listening connection
 * (reconnected after a failure) and one connection for publishing. An instance receives
 * its own notifications too, so every event reaches the listeners exactly through the
 * channel.
 */
class PostgresOrderEventBus implements OrderEventBus {

	private static final Logger log = LoggerFactory.getLogger(PostgresOrderEventBus.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int POLL_MILLIS = 500;

	private final RealtimeProperties.Fanout settings;

	private final CopyOnWriteArrayList<Consumer<OrderStatusEvent>> listeners = new CopyOnWriteArrayList<>();

	private final Object publishLock = new Object();

	private volatile boolean running = true;

	private volatile boolean listening;

	private Connection publisher;

	private Thread listener;

	PostgresOrderEventBus(RealtimeProperties.Fanout settings) {
		if (!CHANNEL.matcher(settings.channel()).matches()) {
			throw new IllegalArgumentException("Not a channel name: " + settings.channel());
		}
		this.settings = settings;
	}

	@Override
	public void publish(OrderStatusEvent event) {
		String payload = MAPPER.writeValueAsString(event);
		synchronized (this.publishLock) {
			try {
				notify(payload);
			}
			catch (SQLException ex) {
				closeQuietly(this.publisher);
				this.publisher = null;
				try {
					notify(payload);
				}
				catch (SQLException again) {
					throw new IllegalStateException("Cannot publish the order event: " + again.getMessage(), again);
				}
			}
		}
	}

	private void notify(String payload) throws SQLException {
		if (this.publisher == null || this.publisher.isClosed()) {
			this.publisher = connect();
		}
		try (PreparedStatement statement = this.publisher.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, this.settings.channel());
			statement.setString(2, payload);
			statement.execute();
		}
	}

	@Override
	public synchronized void subscribe(Consumer<OrderStatusEvent> consumer) {
		this.listeners.add(consumer);
		if (this.listener == null) {
			this.listener = Thread.ofPlatform().name("order-events-listener").daemon(true).start(this::listen);
		}
	}

	/**
	 * Whether the listening connection is up.
	 */
	boolean isListening() {
		return this.listening;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + this.settings.channel());
				this.listening = true;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException ex) {
				this.listening = false;
				if (this.running) {
					log.warn("Lost the order-event channel, reconnecting: {}", ex.getMessage());
					pause();
				}
			}
		}
		this.listening = false;
	}

	private void deliver(String payload) {
		OrderStatusEvent event;
		try {
			event = MAPPER.readValue(payload, OrderStatusEvent.class);
		}
		catch (RuntimeException ex) {
			log.warn("Ignored a malformed order event on the channel");
			return;
		}
		for (Consumer<OrderStatusEvent> consumer : this.listeners) {
			try {
				consumer.accept(event);
			}
			catch (RuntimeException ex) {
				log.warn("Could not deliver order event {}: {}", event.eventId(), ex.getMessage());
			}
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.settings.url(), this.settings.username(), this.settings.password());
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			try {
				thread.join(2 * POLL_MILLIS + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		synchronized (this.publishLock) {
			closeQuietly(this.publisher);
			this.publisher = null;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
	}

}

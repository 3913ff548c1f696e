package shop.realtime;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of realtime-service, under {@code shop.realtime}.
 *
 * @param maxConnectionsPerUser open connections one user may hold; more are closed with a
 * policy violation
 * @param maxMessageBytes the largest client message; larger ones close the connection
 * with a policy violation
 * @param idleTimeout a connection from which nothing (not even a pong) arrived for this
 * long is closed
 * @param pingInterval connections quiet for this long are pinged
 * @param sessionCheckInterval how often the sessions of open connections are checked for
 * revocation
 * @param fanout the cross-instance fan-out
 */
@ConfigurationProperties("shop.realtime")
public record RealtimeProperties(@DefaultValue("5") int maxConnectionsPerUser,
		@DefaultValue("4096") int maxMessageBytes, @DefaultValue("10m") Duration idleTimeout,
		@DefaultValue("30s") Duration pingInterval, @DefaultValue("60s") Duration sessionCheckInterval,
		@DefaultValue Fanout fanout) {

	/**
	 * PostgreSQL LISTEN/NOTIFY; no schema, just a login.
	 *
	 * @param url the JDBC URL ({@code SHOP_DB_URL}); empty for in-process delivery
	 * @param username the login
	 * @param password its password
	 * @param channel the NOTIFY channel
	 */
	public record Fanout(String url, String username, String password,
			@DefaultValue("shop_order_status") String channel) {

	}

}

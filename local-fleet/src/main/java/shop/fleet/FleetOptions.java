package shop.fleet;

import java.time.Duration;
import java.util.Map;

/**
 * How to run a fleet.
 *
 * @param layout where jars and state live
 * @param portOffset added to every DESIGN port (0 for the developer's fleet; the
 * end-to-end suite uses another so it never meets a running one)
 * @param postgresPort the embedded PostgreSQL's port
 * @param startTimeout how long one service may take to become ready
 * @param adminEmail the first admin's email
 * @param adminPassword the first admin's password
 * @param extraEnvironment more environment for every service
 * @param startupCache whether JVMs record and use a class-data or AOT cache (worth it for
 * a developer's fleet that restarts often; a one-off fleet only pays for writing it)
 */
public record FleetOptions(FleetLayout layout, int portOffset, int postgresPort, Duration startTimeout,
		String adminEmail, String adminPassword, Map<String, String> extraEnvironment, boolean startupCache) {

	public static FleetOptions fromEnvironment(FleetLayout layout) {
		Map<String, String> env = System.getenv();
		return new FleetOptions(layout, Integer.parseInt(env.getOrDefault("SHOP_PORT_OFFSET", "0")),
				Integer.parseInt(env.getOrDefault("SHOP_PG_PORT", "5433")),
				Duration.ofSeconds(Long.parseLong(env.getOrDefault("SHOP_START_TIMEOUT_SECONDS", "240"))),
				env.getOrDefault("SHOP_ADMIN_EMAIL", "admin@shop.local"),
				env.getOrDefault("SHOP_ADMIN_PASSWORD", "admin-password"), Map.of(),
				!"off".equalsIgnoreCase(env.getOrDefault("SHOP_STARTUP_CACHE", "on")));
	}

	public int port(FleetService service) {
		return service.basePort() + this.portOffset;
	}

	/**
	 * The port of the service's actuator: its management port when it has one, otherwise
	 * its port.
	 */
	public int metricsPort(FleetService service) {
		return service.baseMetricsPort() + this.portOffset;
	}

	public String url(FleetService service) {
		return "http://localhost:" + port(service);
	}

	public String gatewayUrl() {
		return url(Fleet.named("gateway"));
	}

}

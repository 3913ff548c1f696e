package shop.fleet;

/**
 * One deployable of the fleet as the launcher knows it.
 *
 * @param name its {@code spring.application.name} and module directory
 * @param basePort its port (DESIGN §1), before any offset
 * @param schema its PostgreSQL schema, or {@code null} when it has none
 * @param wave the start wave: a wave starts when the one before it is ready
 * @param databaseLogin whether it logs in to the database without owning a schema
 * (realtime-service for LISTEN/NOTIFY, health-service for its database check)
 * @param baseManagementPort the port of its actuator before any offset, when that is not
 * {@code basePort} (the gateway's {@code MANAGEMENT_SERVER_PORT}: its own port is
 * public), otherwise 0
 */
public record FleetService(String name, int basePort, String schema, int wave, boolean databaseLogin,
		int baseManagementPort) {

	public FleetService(String name, int basePort, String schema, int wave) {
		this(name, basePort, schema, wave, false, 0);
	}

	public FleetService(String name, int basePort, String schema, int wave, boolean databaseLogin) {
		this(name, basePort, schema, wave, databaseLogin, 0);
	}

	/**
	 * Whether its actuator (metrics, info) listens on a port of its own.
	 */
	public boolean hasManagementPort() {
		return this.baseManagementPort > 0;
	}

	/**
	 * The port its {@code /actuator/prometheus} answers on, before any offset.
	 */
	public int baseMetricsPort() {
		return hasManagementPort() ? this.baseManagementPort : this.basePort;
	}

	public String module() {
		return this.name;
	}

	/**
	 * The role the service logs in with: it owns its schema and nothing else.
	 */
	public String role() {
		if (this.schema != null) {
			return this.schema + "_service";
		}
		return this.databaseLogin ? this.name.replace("-service", "").replace('-', '_') + "_service" : null;
	}

	/**
	 * The environment-variable stem of this service's URL, for example
	 * {@code SHOP_CATALOG_SERVICE_URL}.
	 */
	public String urlVariable() {
		return "SHOP_" + this.name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
	}

}

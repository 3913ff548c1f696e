package shop.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The fleet's PostgreSQL: the embedded server (real binaries from Maven Central, data
 * under {@code .fleet/pgdata}, kept across restarts), or an external server when
 * {@code SHOP_DB_ADMIN_URL} is set. Either way each service gets its own schema and a
 * role that may use only that schema.
 */
public final class FleetDatabase implements AutoCloseable {

	static final String DATABASE = "shop";

	private final EmbeddedPostgres embedded;

	private final String host;

	private final int port;

	private final String adminUrl;

	private final String adminUser;

	private final String adminPassword;

	private FleetDatabase(EmbeddedPostgres embedded, String host, int port, String adminUrl, String adminUser,
			String adminPassword) {
		this.embedded = embedded;
		this.host = host;
		this.port = port;
		this.adminUrl = adminUrl;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
	}

	/**
	 * Starts the embedded server on a port, or connects to the external one.
	 */
	public static FleetDatabase start(FleetLayout layout, int port, String externalAdminUrl) {
		if (externalAdminUrl != null && !externalAdminUrl.isBlank()) {
			String url = externalAdminUrl.startsWith("jdbc:") ? externalAdminUrl : "jdbc:" + externalAdminUrl;
			java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
			String user = System.getenv().getOrDefault("SHOP_DB_ADMIN_USER", "postgres");
			String password = System.getenv().getOrDefault("SHOP_DB_ADMIN_PASSWORD", "");
			return new FleetDatabase(null, uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432, url, user,
					password);
		}
		try {
			Files.createDirectories(layout.pgdata());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(layout.pgdata())
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(layout.log("postgres").toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(layout.log("postgres").toFile()))
				.setRegisterShutdownHook(false)
				.start();
			return new FleetDatabase(postgres, "localhost", port, postgres.getJdbcUrl("postgres", "postgres"),
					"postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"The embedded PostgreSQL did not start (see .fleet/logs/postgres.log): " + ex.getMessage(), ex);
		}
	}

	/**
	 * Creates the {@code shop} database, and for each service a login role and a schema
	 * it owns; revokes everything else. Safe to run on every start.
	 */
	public void provision(Secrets secrets) {
		try (Connection admin = DriverManager.getConnection(this.adminUrl, this.adminUser, this.adminPassword);
				Statement statement = admin.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the database: " + ex.getMessage(), ex);
		}
		try (Connection shop = DriverManager.getConnection(jdbcUrl(), this.adminUser, this.adminPassword);
				Statement statement = shop.createStatement()) {
			statement.execute("revoke all on database " + DATABASE + " from public");
			statement.execute("revoke create on schema public from public");
			for (FleetService service : Fleet.SERVICES) {
				if (service.role() == null) {
					continue;
				}
				String role = service.role();
				String password = secrets.dbPassword(role).replace("'", "''");
				var found = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'");
				statement.execute((found.next() ? "alter role " : "create role ") + role
						+ " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
				statement.execute("grant connect on database " + DATABASE + " to " + role);
				if (service.schema() == null) {
					continue;
				}
				statement.execute("create schema if not exists " + service.schema() + " authorization " + role);
				statement.execute("alter schema " + service.schema() + " owner to " + role);
				statement.execute("alter role " + role + " set search_path = " + service.schema());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the services' schemas and roles: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The {@code shop} database as the superuser, with user and password in the URL.
	 */
	public String adminJdbcUrl() {
		return jdbcUrl() + "?user=" + this.adminUser + "&password=" + this.adminPassword;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + DATABASE;
	}

	public int port() {
		return this.port;
	}

	public boolean embedded() {
		return this.embedded != null;
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Stops an embedded server that a killed launcher left running, by the postmaster's
	 * pid file in the data directory.
	 */
	public static boolean stopOrphan(Path pgdata) {
		Path pidFile = pgdata.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return false;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			return ProcessHandle.of(pid).map((process) -> {
				process.destroy();
				try {
					process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					process.destroyForcibly();
				}
				return true;
			}).orElse(false);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}

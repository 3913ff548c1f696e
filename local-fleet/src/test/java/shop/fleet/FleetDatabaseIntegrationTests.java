package shop.fleet;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FleetDatabaseIntegrationTests {

	@TempDir
	static Path root;

	static FleetLayout layout;

	static FleetDatabase database;

	static Secrets secrets;

	@BeforeAll
	static void start() throws Exception {
		layout = FleetLayout.of(root);
		Files.createDirectories(layout.logs());
		secrets = Secrets.loadOrGenerate(layout.secrets());
		database = FleetDatabase.start(layout, freePort(), null);
		database.provision(secrets);
	}

	@AfterAll
	static void stop() {
		database.close();
	}

	@Test
	void givesEachServiceASchemaItOwnsAndNothingElse() throws SQLException {
		try (Connection catalog = login("catalog_service"); Statement statement = catalog.createStatement()) {
			statement.execute("create table products_probe (id int)");
			statement.execute("insert into products_probe values (1)");
			assertThat(statement.executeQuery("select current_schema()")).satisfies((result) -> {
				result.next();
				assertThat(result.getString(1)).isEqualTo("catalog");
			});
		}
		try (Connection auth = login("auth_service"); Statement statement = auth.createStatement()) {
			assertThatThrownBy(() -> statement.executeQuery("select * from catalog.products_probe"))
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("create table public.sneaky (id int)"))
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void provisioningTwiceChangesNothing() throws SQLException {
		database.provision(secrets);
		try (Connection orders = login("orders_service"); Statement statement = orders.createStatement()) {
			statement.execute("select 1");
		}
	}

	@Test
	void keepsSecretsAcrossStartsAndHidesThemFromOthers() throws Exception {
		Secrets again = Secrets.loadOrGenerate(layout.secrets());
		assertThat(again.generated()).isFalse();
		assertThat(again.apiKey("orders-service")).isEqualTo(secrets.apiKey("orders-service"))
			.isNotEqualTo(secrets.apiKey("cart-service"));
		assertThat(again.callerKeys()).contains("orders-service=" + secrets.apiKey("orders-service"));
		assertThat(Files.getPosixFilePermissions(layout.secrets())).containsOnly(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		assertThat(Files.readString(layout.secrets())).contains("DEV-ONLY");
	}

	@Test
	void reportsAPortInUse() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThat(RunningFleet.inUse(taken.getLocalPort())).isTrue();
		}
		assertThat(RunningFleet.inUse(freePort())).isFalse();
	}

	private static Connection login(String role) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), role, secrets.dbPassword(role));
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package shop.common.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedPostgresTests {

	@Test
	void givesEveryCallerTheSameRealPostgres() throws Exception {
		SharedPostgres.Connection postgres = SharedPostgres.get();
		assertThat(SharedPostgres.get()).isSameAs(postgres);
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			ResultSet result = statement
				.executeQuery("select current_setting('server_version_num')::int, '{\"a\":1}'::jsonb ->> 'a'");
			result.next();
			assertThat(result.getInt(1)).isGreaterThanOrEqualTo(170000);
			assertThat(result.getString(2)).isEqualTo("1");
		}
	}

}

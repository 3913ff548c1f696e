package shop.logs.ingest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import shop.common.test.Http;
import shop.common.test.SharedPostgres;
import shop.logs.LogApplication;
import shop.logs.event.LogEvent;
import shop.logs.event.LogObjectCodec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole log-service that is shut down cleanly right after accepting a partial object:
 * with an hour-long flush interval only the shutdown can have written it.
 */
class LogShutdownIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path store;

	@Test
	void writesEveryAcceptedEventWhenShutDownCleanly() throws Exception {
		SharedPostgres.Connection postgres = SharedPostgres.get();
		String service = LogIngestIntegrationTests.service();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LogApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=" + postgres.username(),
				"--spring.datasource.password=" + postgres.password(), "--shop.logs.flush-interval=1h",
				"--shop.logs.store-directory=" + this.store, "--shop.internal.caller-keys=orders-service=orders-key");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		List<Map<String, Object>> events = new ArrayList<>();
		for (int i = 0; i < 37; i++) {
			events.add(LogIngestIntegrationTests.event(service, Instant.now(), "INFO", "before shutdown " + i));
		}
		HttpResponse<String> response = Http.post("http://localhost:" + port + "/internal/logs",
				JSON.writeValueAsString(Map.of("events", events)), "X-Api-Key", "orders-key");
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(objectFiles()).isEmpty();

		context.close();

		List<Path> files = objectFiles();
		assertThat(files).hasSize(1);
		List<LogEvent> stored = LogObjectCodec.decode(Files.readAllBytes(files.getFirst()));
		assertThat(stored).extracting(LogEvent::message)
			.containsExactlyElementsOf(events.stream().map((event) -> (String) event.get("message")).toList());
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password());
				PreparedStatement query = connection
					.prepareStatement("select event_count from logs.log_objects where ? = any(services)")) {
			query.setString(1, service);
			ResultSet result = query.executeQuery();
			assertThat(result.next()).isTrue();
			assertThat(result.getInt(1)).isEqualTo(37);
		}
	}

	private List<Path> objectFiles() throws Exception {
		try (Stream<Path> files = Files.walk(this.store)) {
			return files.filter((file) -> file.toString().endsWith(".ndjson.gz")).toList();
		}
	}

}

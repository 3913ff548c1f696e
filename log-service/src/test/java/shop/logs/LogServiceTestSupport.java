package shop.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import shop.common.test.PostgresTest;
import shop.common.test.TestSecurityConfiguration;

/**
 * The one shared Spring context of log-service's tests: a real server, a real PostgreSQL,
 * a temporary object store directory, a one-second flush interval and the keys of two
 * callers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.logs.flush-interval=1s", "shop.logs.flush-check-interval=100ms",
				"shop.internal.caller-keys=orders-service=orders-key,health-service=health-key" })
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class LogServiceTestSupport {

	protected static final Path STORE = temporaryDirectory();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("shop.logs.store-directory", STORE::toString);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("log-store");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

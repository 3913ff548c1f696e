package shop.rating;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import shop.common.test.PostgresTest;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one Spring context of rating-service's tests: a real server on a random port, a
 * real PostgreSQL, test tokens, and WireMock standing in for orders-service and
 * catalog-service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.outbox.relay-interval=200ms", "shop.internal.api-key=rating-key" })
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class RatingServiceTestSupport {

	protected static final WireMockServer OTHERS = start();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void otherServices(DynamicPropertyRegistry registry) {
		registry.add("shop.services.orders-service", OTHERS::baseUrl);
		registry.add("shop.services.catalog-service", OTHERS::baseUrl);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
		return server;
	}

}

package shop.health;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one Spring context of health-service's tests: every service of the fleet stood in
 * by WireMock under its own path prefix, a short per-check timeout and no result cache.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.health.timeout=700ms", "shop.health.cache-for=0s", "shop.internal.api-key=health-key" })
public abstract class HealthServiceTestSupport {

	protected static final List<String> SERVICES = List.of("gateway", "auth-service", "catalog-service",
			"pricing-service", "fulfillment-service", "cart-service", "payment-service", "orders-service",
			"rating-service", "realtime-service", "log-service");

	protected static final WireMockServer FLEET = start();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		for (String service : SERVICES) {
			registry.add("shop.services." + service, () -> FLEET.baseUrl() + "/" + service);
		}
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

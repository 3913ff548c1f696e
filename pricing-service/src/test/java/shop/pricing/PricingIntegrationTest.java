package shop.pricing;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The one Spring context every integration test of pricing-service shares: a real
 * PostgreSQL, catalog-service played by WireMock, and keys for the internal callers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "shop.internal.api-key=pricing-key",
		"shop.internal.caller-keys=catalog-service=catalog-key,cart-service=cart-key,orders-service=orders-key,rating-service=rating-key",
		"shop.outbox.relay-interval=1h", "shop.outbox.retry-backoff=50ms" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class PricingIntegrationTest {

	protected static final WireMockServer catalog = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		catalog.start();
	}

	protected final UUID adminId = UUID.randomUUID();

	protected final String admin = "Bearer " + TestKeys.token(this.adminId, "ADMIN");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("shop.services.catalog-service", catalog::baseUrl);
	}

	@BeforeEach
	void resetCatalog() {
		catalog.resetAll();
		catalog.stubFor(post(urlEqualTo("/internal/read-model/prices")).willReturn(aResponse().withStatus(204)));
	}

	/**
	 * Makes the catalog know a product, for sale unless {@code active} is false.
	 */
	protected static void catalogKnows(UUID productId, boolean active) {
		catalog.stubFor(post(urlEqualTo("/internal/products/lookup")).withRequestBody(containing(productId.toString()))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"products\":[{\"productId\":\"" + productId
						+ "\",\"sku\":\"SKU-1\",\"name\":\"x\",\"active\":" + active + "}]}")));
	}

}

package shop.fulfillment;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one Spring context every integration test of fulfillment-service shares: a real
 * PostgreSQL, catalog-service played by WireMock, keys for the internal callers, and the
 * scheduled jobs slowed down so that tests run them when they mean to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "shop.internal.api-key=fulfillment-key",
		"shop.internal.caller-keys=catalog-service=catalog-key,cart-service=cart-key,orders-service=orders-key,rating-service=rating-key",
		"shop.outbox.relay-interval=1h", "shop.outbox.retry-backoff=50ms",
		"shop.fulfillment.expiry-sweep-interval=1h" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class FulfillmentIntegrationTest {

	protected static final WireMockServer catalog = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		catalog.start();
	}

	protected final String admin = "Bearer " + TestKeys.token(UUID.randomUUID(), "ADMIN");

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("shop.services.catalog-service", catalog::baseUrl);
	}

	@BeforeEach
	void resetCatalog() {
		catalog.resetAll();
		catalog.stubFor(post(urlEqualTo("/internal/read-model/stock")).willReturn(aResponse().withStatus(204)));
	}

	/**
	 * Makes the catalog sell a product of the given weight.
	 */
	protected static void catalogSells(UUID productId, int weightGrams) {
		catalog.stubFor(post(urlEqualTo("/internal/products/lookup")).withRequestBody(containing(productId.toString()))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"products\":[{\"productId\":\"" + productId + "\",\"sku\":\"SKU\",\"name\":\"x\""
						+ ",\"weightGrams\":" + weightGrams + ",\"active\":true}]}")));
	}

	/**
	 * A new product the catalog sells, with {@code onHand} units in stock.
	 */
	protected UUID stockedProduct(int onHand) throws Exception {
		UUID productId = UUID.randomUUID();
		catalogSells(productId, 500);
		setStock(productId, "{\"onHand\":" + onHand + "}").andExpect(status().isOk());
		return productId;
	}

	protected ResultActions setStock(UUID productId, String body) throws Exception {
		return this.mvc.perform(put("/api/admin/products/" + productId + "/stock").header("Authorization", this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	protected ResultActions internal(MockHttpServletRequestBuilder request, String key, String body) throws Exception {
		request.header("X-Api-Key", key);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

}

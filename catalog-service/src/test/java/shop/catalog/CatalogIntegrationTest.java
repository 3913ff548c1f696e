package shop.catalog;

import java.time.Instant;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one Spring context every integration test of catalog-service shares: a real
 * PostgreSQL, pricing-service and fulfillment-service played by WireMock, and keys for
 * the internal callers. Each test class works in categories of its own, so that classes
 * never see each other's products.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "shop.internal.api-key=catalog-key",
		"shop.internal.caller-keys=pricing-service=pricing-key,fulfillment-service=fulfillment-key,rating-service=rating-key,cart-service=cart-key,orders-service=orders-key" })
@AutoConfigureMockMvc
@PostgresTest
@Import(TestSecurityConfiguration.class)
public abstract class CatalogIntegrationTest {

	protected static final WireMockServer services = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		services.start();
	}

	protected final String admin = "Bearer " + TestKeys.token(UUID.randomUUID(), "ADMIN");

	@Autowired
	protected MockMvc mvc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("shop.services.pricing-service", services::baseUrl);
		registry.add("shop.services.fulfillment-service", services::baseUrl);
	}

	@BeforeEach
	void resetServices() {
		services.resetAll();
		services.stubFor(post(urlEqualTo("/internal/prices/lookup")).willReturn(okJson("{\"prices\":[]}")));
		services.stubFor(post(urlEqualTo("/internal/stock/lookup")).willReturn(okJson("{\"stock\":[]}")));
	}

	protected ResultActions asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", this.admin);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	protected ResultActions internal(MockHttpServletRequestBuilder request, String key, String body) throws Exception {
		request.header("X-Api-Key", key);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	protected ResultActions list(String query) throws Exception {
		return this.mvc.perform(get("/api/products?" + query));
	}

	protected String category(String name, String slug, String parentSlug) throws Exception {
		String body = "{\"name\":\"" + name + "\",\"slug\":\"" + slug + "\""
				+ ((parentSlug != null) ? ",\"parentSlug\":\"" + parentSlug + "\"" : "") + "}";
		asAdmin(MockMvcRequestBuilders.post("/api/admin/categories"), body).andExpect(status().isCreated());
		return slug;
	}

	protected UUID product(String sku, String name, String brand, String category, String description,
			String attributes) throws Exception {
		String body = "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"brand\":\"" + brand + "\",\"category\":\""
				+ category + "\",\"description\":\"" + description + "\",\"attributes\":" + attributes
				+ ",\"images\":[\"https://img.example/" + sku + ".jpg\"],\"weightGrams\":1200}";
		String created = asAdmin(MockMvcRequestBuilders.post("/api/admin/products"), body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(created, "$.productId"));
	}

	protected void pushPrice(UUID product, String amount, Instant changedAt) throws Exception {
		internal(MockMvcRequestBuilders.post("/internal/read-model/prices"), "pricing-key",
				"{\"changes\":[{\"productId\":\"" + product + "\",\"amount\":\"" + amount
						+ "\",\"currency\":\"USD\",\"changedAt\":\"" + changedAt + "\"}]}")
			.andExpect(status().isNoContent());
	}

	protected void pushStock(UUID product, int available, Instant changedAt) throws Exception {
		internal(MockMvcRequestBuilders.post("/internal/read-model/stock"), "fulfillment-key",
				"{\"changes\":[{\"productId\":\"" + product + "\",\"available\":" + available + ",\"changedAt\":\""
						+ changedAt + "\"}]}")
			.andExpect(status().isNoContent());
	}

	protected void pushRating(UUID product, String average, int count, Instant changedAt) throws Exception {
		internal(MockMvcRequestBuilders.post("/internal/read-model/ratings"), "rating-key",
				"{\"changes\":[{\"productId\":\"" + product + "\",\"average\":" + average + ",\"count\":" + count
						+ ",\"changedAt\":\"" + changedAt + "\"}]}")
			.andExpect(status().isNoContent());
	}

	protected static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}

package shop.cart;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.test.PostgresTest;
import shop.common.test.TestKeys;
import shop.common.test.TestSecurityConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One running cart-service for every integration test of the module (one Spring context,
 * one embedded PostgreSQL), with catalog-, pricing- and fulfillment-service stood in by
 * one WireMock server at the HTTP boundary, and a clock tests can move forward.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shop.internal.caller-keys=orders-service=orders-key,catalog-service=catalog-key",
				"shop.internal.api-key=cart-key", "shop.cart.reconciliation.enabled=false",
				"spring.cloud.openfeign.client.config.default.read-timeout=1000" })
@AutoConfigureMockMvc
@PostgresTest
@Import({ TestSecurityConfiguration.class, CartTestSupport.TestClock.class })
public abstract class CartTestSupport {

	protected static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MutableClock clock;

	@DynamicPropertySource
	static void servicesAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("shop.services.catalog-service", services::baseUrl);
		registry.add("shop.services.pricing-service", services::baseUrl);
		registry.add("shop.services.fulfillment-service", services::baseUrl);
	}

	@BeforeEach
	void fulfillmentAcceptsReservations() {
		services.resetAll();
		services.stubFor(put(urlPathMatching("/internal/reservations/[^/]+/[^/]+")).willReturn(okJson("{}")));
		services
			.stubFor(delete(urlPathMatching("/internal/reservations/[^/]+")).willReturn(aResponse().withStatus(204)));
		services.stubFor(post(urlPathMatching("/internal/reservations/[^/]+/renew")).willReturn(okJson("{}")));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	protected static String bearer(UUID userId) {
		return "Bearer " + TestKeys.token(userId, "CUSTOMER");
	}

	/**
	 * Lets catalog-service answer every lookup with these products.
	 */
	protected static void catalogHas(Product... products) {
		String body = Arrays.stream(products)
			.map((p) -> """
					{"productId":"%s","sku":"%s","name":"%s","brand":"Acme","category":"cables","weightGrams":100,"active":%s}"""
				.formatted(p.id(), p.sku(), p.name(), p.active()))
			.collect(Collectors.joining(",", "{\"products\":[", "]}"));
		services.stubFor(post(urlPathEqualTo("/internal/products/lookup")).willReturn(okJson(body)));
	}

	/**
	 * Lets pricing-service answer every lookup with these prices (USD).
	 */
	protected static void pricesAre(Product... products) {
		String body = Arrays.stream(products)
			.filter((p) -> p.price() != null)
			.map((p) -> """
					{"productId":"%s","amount":"%s","currency":"USD","updatedAt":"2026-01-01T00:00:00Z"}"""
				.formatted(p.id(), p.price().toPlainString()))
			.collect(Collectors.joining(",", "{\"prices\":[", "]}"));
		services.stubFor(post(urlPathEqualTo("/internal/prices/lookup")).willReturn(okJson(body)));
	}

	/**
	 * Lets fulfillment-service answer every stock lookup with these levels.
	 */
	protected static void stockIs(Product... products) {
		String body = Arrays.stream(products)
			.map((p) -> """
					{"productId":"%s","onHand":%d,"reserved":0,"available":%d,"lowStockThreshold":5,"inStock":%s,"low":%s}"""
				.formatted(p.id(), p.onHand(), p.onHand(), p.onHand() > 0, p.onHand() <= 5))
			.collect(Collectors.joining(",", "{\"stock\":[", "]}"));
		services.stubFor(post(urlPathEqualTo("/internal/stock/lookup")).willReturn(okJson(body)));
	}

	protected static void servicesKnow(Product... products) {
		catalogHas(products);
		pricesAre(products);
		stockIs(products);
	}

	/**
	 * A product as the stood-in services describe it.
	 */
	protected record Product(UUID id, String sku, String name, BigDecimal price, int onHand, boolean active) {

		public static Product of(String name, String price) {
			return new Product(UUID.randomUUID(), "SKU-" + name.toUpperCase().replace(' ', '-'), name,
					new BigDecimal(price), 100, true);
		}

		public Product costing(String newPrice) {
			return new Product(this.id, this.sku, this.name, (newPrice != null) ? new BigDecimal(newPrice) : null,
					this.onHand, this.active);
		}

		public Product withOnHand(int units) {
			return new Product(this.id, this.sku, this.name, this.price, units, this.active);
		}

		public Product deleted() {
			return new Product(this.id, this.sku, this.name, this.price, this.onHand, false);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

	}

}

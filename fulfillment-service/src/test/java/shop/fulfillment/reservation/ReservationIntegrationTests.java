package shop.fulfillment.reservation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import shop.common.test.Http;
import shop.fulfillment.FulfillmentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReservationIntegrationTests extends FulfillmentIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ReservationService reservations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void setsTheExactQuantityOfACartLineSoThatRepeatingIsHarmless() throws Exception {
		UUID product = stockedProduct(10);
		UUID cart = UUID.randomUUID();
		reserve(cart, product, "{\"quantity\":3}").andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").value(cart.toString()))
			.andExpect(jsonPath("$.productId").value(product.toString()))
			.andExpect(jsonPath("$.quantity").value(3))
			.andExpect(jsonPath("$.expiresAt").exists());
		reserve(cart, product, "{\"quantity\":3}").andExpect(status().isOk());
		assertStock(product, 10, 3);
		reserve(cart, product, "{\"quantity\":5}").andExpect(status().isOk());
		assertStock(product, 10, 5);
		reserve(cart, product, "{\"quantity\":1}").andExpect(status().isOk());
		assertStock(product, 10, 1);
		reserve(cart, product, "{\"quantity\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.quantity").value(0));
		assertStock(product, 10, 0);
	}

	@Test
	void refusesMoreThanIsAvailableSayingHowMuchIs() throws Exception {
		UUID product = stockedProduct(4);
		reserve(UUID.randomUUID(), product, "{\"quantity\":3}").andExpect(status().isOk());
		UUID cart = UUID.randomUUID();
		reserve(cart, product, "{\"quantity\":2}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$.available").value(1));
		assertStock(product, 4, 3);
		reserve(UUID.randomUUID(), UUID.randomUUID(), "{\"quantity\":1}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("PRODUCT_NOT_STOCKED"));
		reserve(cart, product, "{\"quantity\":-1}").andExpect(status().isBadRequest());
		internal(put("/internal/reservations/not-a-uuid/" + product), "cart-key", "{\"quantity\":1}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void letsOnlyCartServiceReserve() throws Exception {
		UUID product = stockedProduct(4);
		internal(put("/internal/reservations/" + UUID.randomUUID() + "/" + product), "orders-key", "{\"quantity\":1}")
			.andExpect(status().isForbidden());
		internal(put("/internal/reservations/" + UUID.randomUUID() + "/" + product), "nope", "{\"quantity\":1}")
			.andExpect(status().isUnauthorized());
	}

	@Test
	void releasesEveryReservationOfACartIdempotently() throws Exception {
		UUID first = stockedProduct(5);
		UUID second = stockedProduct(5);
		UUID cart = UUID.randomUUID();
		reserve(cart, first, "{\"quantity\":2}").andExpect(status().isOk());
		reserve(cart, second, "{\"quantity\":4}").andExpect(status().isOk());
		internal(delete("/internal/reservations/" + cart), "orders-key", null).andExpect(status().isNoContent());
		internal(delete("/internal/reservations/" + cart), "cart-key", null).andExpect(status().isNoContent());
		assertStock(first, 5, 0);
		assertStock(second, 5, 0);
	}

	@Test
	void renewsACartsReservations() throws Exception {
		UUID product = stockedProduct(5);
		UUID cart = UUID.randomUUID();
		reserve(cart, product, "{\"quantity\":1,\"ttlSeconds\":60}").andExpect(status().isOk());
		internal(post("/internal/reservations/" + cart + "/renew"), "cart-key", "{\"ttlSeconds\":3600}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cartId").value(cart.toString()));
		Instant expiresAt = this.jdbc.sql("select expires_at from reservations where cart_id = ?")
			.param(cart)
			.query(Instant.class)
			.single();
		assertThat(expiresAt).isAfter(Instant.now().plusSeconds(3000));
	}

	@Test
	void givesTheStockOfAnExpiredReservationBack() throws Exception {
		UUID product = stockedProduct(5);
		UUID cart = UUID.randomUUID();
		reserve(cart, product, "{\"quantity\":4,\"ttlSeconds\":1}").andExpect(status().isOk());
		UUID keeper = UUID.randomUUID();
		reserve(keeper, product, "{\"quantity\":1,\"ttlSeconds\":600}").andExpect(status().isOk());
		this.reservations.releaseExpired(100);
		assertStock(product, 5, 5);
		Thread.sleep(1100);
		assertThat(this.reservations.releaseExpired(100)).isGreaterThanOrEqualTo(1);
		assertStock(product, 5, 1);
		assertThat(this.jdbc.sql("select count(*) from reservations where cart_id = ?")
			.param(cart)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void letsExactlyTenOfFiftyConcurrentShoppersTakeTheLastTenUnits() throws Exception {
		UUID product = stockedProduct(10);
		int shoppers = 50;
		ExecutorService pool = Executors.newFixedThreadPool(shoppers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < shoppers; i++) {
			UUID cart = UUID.randomUUID();
			answers.add(pool.submit(() -> {
				start.await();
				return Http
					.send(HttpRequest
						.newBuilder(URI
							.create("http://localhost:" + this.port + "/internal/reservations/" + cart + "/" + product))
						.header("Content-Type", "application/json")
						.PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}")), "X-Api-Key", "cart-key")
					.statusCode();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(10);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(40);
		assertStock(product, 10, 10);
		this.mvc.perform(get("/api/admin/products/" + product + "/stock").header("Authorization", this.admin))
			.andExpect(jsonPath("$.available").value(0))
			.andExpect(jsonPath("$.inStock").value(false));
	}

	private ResultActions reserve(UUID cart, UUID product, String body) throws Exception {
		return internal(put("/internal/reservations/" + cart + "/" + product), "cart-key", body);
	}

	private void assertStock(UUID product, int onHand, int reserved) {
		List<Integer> row = this.jdbc.sql("select on_hand, reserved from inventory where product_id = ?")
			.param(product)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single();
		assertThat(row).containsExactly(onHand, reserved);
	}

}

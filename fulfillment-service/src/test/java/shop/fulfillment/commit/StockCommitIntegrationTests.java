package shop.fulfillment.commit;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import shop.common.test.Http;
import shop.fulfillment.FulfillmentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExtendWith(OutputCaptureExtension.class)
class StockCommitIntegrationTests extends FulfillmentIntegrationTest {

	private static final String TRACE_ID = "3c4d5e6f708192a3b4c5d6e7f8091a2b";

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void turnsACartsReservationsIntoAStockReductionOnce() throws Exception {
		UUID laptop = stockedProduct(10);
		UUID mouse = stockedProduct(20);
		UUID cart = UUID.randomUUID();
		reserve(cart, laptop, 2);
		reserve(cart, mouse, 5);
		UUID order = UUID.randomUUID();
		String body = commitBody(order, cart, laptop, 2, mouse, 5);
		commit(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.orderId").value(order.toString()))
			.andExpect(jsonPath("$.status").value("COMMITTED"))
			.andExpect(jsonPath("$.lines", hasSize(2)));
		assertStock(laptop, 8, 0);
		assertStock(mouse, 15, 0);
		commit(body).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
		assertStock(laptop, 8, 0);
		assertStock(mouse, 15, 0);
		assertThat(reservationsOf(cart)).isZero();
	}

	@Test
	void takesFromFreeStockWhereAReservationExpiredAndReleasesWhatTheOrderDoesNotTake() throws Exception {
		UUID cable = stockedProduct(10);
		UUID dock = stockedProduct(3);
		UUID cart = UUID.randomUUID();
		reserve(cart, cable, 1);
		reserve(cart, dock, 2);
		commit(commitBody(UUID.randomUUID(), cart, cable, 3)).andExpect(status().isOk());
		assertStock(cable, 7, 0);
		assertStock(dock, 3, 0);
	}

	@Test
	void changesNothingWhenALineCannotBeCovered() throws Exception {
		UUID plenty = stockedProduct(10);
		UUID scarce = stockedProduct(2);
		UUID cart = UUID.randomUUID();
		reserve(cart, plenty, 4);
		reserve(UUID.randomUUID(), scarce, 2);
		UUID order = UUID.randomUUID();
		commit(commitBody(order, cart, plenty, 4, scarce, 1)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("OUT_OF_STOCK"))
			.andExpect(jsonPath("$.productId").value(scarce.toString()))
			.andExpect(jsonPath("$.available").value(0));
		assertStock(plenty, 10, 4);
		assertStock(scarce, 2, 2);
		assertThat(reservationsOf(cart)).isOne();
		internal(post("/internal/stock/restorations"), "orders-key", "{\"orderId\":\"" + order + "\"}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOTHING_COMMITTED"));
	}

	@Test
	void restoresAnOrdersStockOnce() throws Exception {
		UUID product = stockedProduct(6);
		UUID cart = UUID.randomUUID();
		reserve(cart, product, 4);
		UUID order = UUID.randomUUID();
		commit(commitBody(order, cart, product, 4)).andExpect(status().isOk());
		assertStock(product, 2, 0);
		String restore = "{\"orderId\":\"" + order + "\"}";
		internal(post("/internal/stock/restorations"), "orders-key", restore).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESTORED"));
		assertStock(product, 6, 0);
		internal(post("/internal/stock/restorations"), "orders-key", restore).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESTORED"));
		assertStock(product, 6, 0);
		commit(commitBody(order, cart, product, 4)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESTORED"));
		assertStock(product, 6, 0);
	}

	@Test
	void logsACommitAndItsRestorationOnceInTheTraceOfOrdersCalls(CapturedOutput output) throws Exception {
		UUID product = stockedProduct(6);
		UUID cart = UUID.randomUUID();
		reserve(cart, product, 2);
		UUID order = UUID.randomUUID();
		String restore = "{\"orderId\":\"" + order + "\"}";
		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThat(traced("/internal/stock/commits", commitBody(order, cart, product, 2)).statusCode())
				.isEqualTo(200);
		}
		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThat(traced("/internal/stock/restorations", restore).statusCode()).isEqualTo(200);
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains("of order " + order)))
			.satisfiesExactly(
					(line) -> assertThat(line).contains(
							"Committed stock of order " + order + " (1 lines) from the reservations of cart " + cart),
					(line) -> assertThat(line).contains("Restored the stock of order " + order + " (1 lines)"))
			.allSatisfy((line) -> assertThat(line).contains("," + TRACE_ID + ","));
	}

	@Test
	void validatesCommitsAndLetsOnlyOrdersServiceMakeThem() throws Exception {
		internal(post("/internal/stock/commits"), "orders-key",
				"{\"orderId\":\"" + UUID.randomUUID() + "\",\"cartId\":\"" + UUID.randomUUID() + "\",\"lines\":[]}")
			.andExpect(status().isBadRequest());
		internal(post("/internal/stock/commits"), "cart-key",
				commitBody(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1))
			.andExpect(status().isForbidden());
	}

	/**
	 * A call of orders-service, over HTTP, within the trace of the shopper's request.
	 */
	private HttpResponse<String> traced(String path, String body) {
		return Http.post("http://localhost:" + this.port + path, body, "X-Api-Key", "orders-key", "Idempotency-Key",
				"traced-" + body.hashCode(), "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
	}

	private void reserve(UUID cart, UUID product, int quantity) throws Exception {
		internal(put("/internal/reservations/" + cart + "/" + product), "cart-key", "{\"quantity\":" + quantity + "}")
			.andExpect(status().isOk());
	}

	private ResultActions commit(String body) throws Exception {
		return internal(post("/internal/stock/commits").header("Idempotency-Key", "commit-" + body.hashCode()),
				"orders-key", body);
	}

	private static String commitBody(UUID order, UUID cart, Object... productsAndQuantities) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < productsAndQuantities.length; i += 2) {
			if (i > 0) {
				lines.append(',');
			}
			lines.append("{\"productId\":\"")
				.append(productsAndQuantities[i])
				.append("\",\"quantity\":")
				.append(productsAndQuantities[i + 1])
				.append('}');
		}
		return "{\"orderId\":\"" + order + "\",\"cartId\":\"" + cart + "\",\"lines\":[" + lines + "]}";
	}

	private long reservationsOf(UUID cart) {
		return this.jdbc.sql("select count(*) from reservations where cart_id = ?")
			.param(cart)
			.query(Long.class)
			.single();
	}

	private void assertStock(UUID product, int onHand, int reserved) {
		List<Integer> row = this.jdbc.sql("select on_hand, reserved from inventory where product_id = ?")
			.param(product)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single();
		assertThat(row).containsExactly(onHand, reserved);
	}

}

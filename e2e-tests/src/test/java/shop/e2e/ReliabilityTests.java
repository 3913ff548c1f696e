package shop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Money and stock under stress, crashes and outages, each scenario followed by the
 * invariant checker over every schema.
 */
@E2E
@Services({ "orders-service", "payment-service", "fulfillment-service", "cart-service", "paypal-simulator" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityTests {

	String admin;

	String brand = "Rely" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeAll
	void logInAsAdmin(ShopApi api) {
		this.admin = Shoppers.admin(api).accessToken();
	}

	@AfterEach
	void keepsEveryInvariant(FleetExtension.StartedFleet fleet) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(Invariants.violations(fleet.running().adminJdbcUrl())).isEmpty());
		simulator(fleet, "DELETE", "/simulator/faults", null);
	}

	@Test
	void sellsExactlyTheStockWhenAHundredShoppersRushTheLastTenUnits(ShopApi api) throws Exception {
		Catalog.Product gpu = Catalog.create(api, this.admin, "Rush GPU 24GB", this.brand, "graphics", "999.00", 10);
		List<String> tokens = parallel(100, () -> Shoppers.newShopperSession(api).accessToken());
		List<String> outcomes = parallel(tokens.size(), new Callable<>() {
			int next;

			@Override
			public String call() {
				String token;
				synchronized (this) {
					token = tokens.get(this.next++);
				}
				ShopApi.Response added = CartJourneyTests.add(api, token, gpu.productId(), 1);
				if (added.status() != 201) {
					assertThat(added.status()).as(added.toString()).isEqualTo(409);
					assertThat(api.get("/api/cart").token(token).send().text("status")).isEqualTo("OPEN");
					return added.text("code");
				}
				// under this load a checkout may answer 503 CHECKOUT_DELAYED while its
				// saga goes on:
				// the client repeats it with the same key, as the problem's Retry-After
				// invites
				String key = UUID.randomUUID().toString();
				ShopApi.Response order = CheckoutJourneyTests.checkout(api, token, key,
						CheckoutJourneyTests.inlineAddress());
				for (int attempt = 0; attempt < 30 && order.status() == 503; attempt++) {
					sleep(2000);
					order = CheckoutJourneyTests.checkout(api, token, key, CheckoutJourneyTests.inlineAddress());
				}
				if (order.status() != 201 && order.status() != 200) {
					return "checkout " + order.status() + " " + order.text("code");
				}
				CheckoutJourneyTests.approve(api, order.text("approvalUrl"));
				String orderId = order.text("orderId");
				api.post("/api/orders/" + orderId + "/confirm", null).token(token).send();
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> !List.of("PAYMENT_PENDING", "PAYMENT_CAPTURED", "STOCK_COMMITTED")
						.contains(api.get("/api/orders/" + orderId).token(token).send().text("status")));
				return api.get("/api/orders/" + orderId).token(token).send().text("status");
			}
		});
		assertThat(outcomes.stream().filter("CONFIRMED"::equals).count()).as(outcomes.toString()).isEqualTo(10);
		assertThat(outcomes.stream().filter("OUT_OF_STOCK"::equals).count()).as(outcomes.toString()).isEqualTo(90);
		assertThat(CartJourneyTests.available(api, gpu)).isZero();
	}

	@Test
	void capturesOnceWhenConfirmIsSentTwentyTimesAtOnce(ShopApi api, FleetExtension.StartedFleet fleet)
			throws Exception {
		Catalog.Product ssd = Catalog.create(api, this.admin, "Twenty Confirms SSD", this.brand, "storage", "120.00",
				5);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, ssd.productId(), 1);
		ShopApi.Response order = CheckoutJourneyTests.checkout(api, token, UUID.randomUUID().toString(),
				CheckoutJourneyTests.inlineAddress());
		CheckoutJourneyTests.approve(api, order.text("approvalUrl"));
		String orderId = order.text("orderId");
		List<Integer> statuses = parallel(20,
				() -> api.post("/api/orders/" + orderId + "/confirm", null).token(token).send().status());
		assertThat(statuses).allSatisfy((status) -> assertThat(status).isIn(200, 202));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CONFIRMED".equals(api.get("/api/orders/" + orderId).token(token).send().text("status")));
		assertThat(captures(fleet, paypalOrderId(order))).isEqualTo(1);
	}

	@Test
	void finishesAnOrderWhoseServiceWasKilledRightAfterTheCapture(ShopApi api, FleetExtension.StartedFleet fleet)
			throws Exception {
		Catalog.Product cpu = Catalog.create(api, this.admin, "Crash Test CPU", this.brand, "processors", "450.00", 5);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, cpu.productId(), 1);
		ShopApi.Response order = CheckoutJourneyTests.checkout(api, token, UUID.randomUUID().toString(),
				CheckoutJourneyTests.inlineAddress());
		String orderId = order.text("orderId");
		String paypalOrderId = paypalOrderId(order);
		CheckoutJourneyTests.approve(api, order.text("approvalUrl"));
		// the simulator carries the capture out but holds its answer back: the window
		simulator(fleet, "POST", "/simulator/faults",
				"{\"operation\":\"CAPTURE\",\"mode\":\"TIMEOUT\",\"times\":1,\"delay_ms\":6000}");
		CompletableFuture<ShopApi.Response> confirm = CompletableFuture
			.supplyAsync(() -> api.post("/api/orders/" + orderId + "/confirm", null).token(token).send());
		await().atMost(Duration.ofSeconds(20)).until(() -> captures(fleet, paypalOrderId) == 1);
		fleet.running().kill("orders-service");
		assertThat(confirm.handle((response, failure) -> (response != null) ? response.status() : 0).get())
			.isNotEqualTo(200);
		fleet.running().restart("orders-service");
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> List.of("CONFIRMED", "REFUNDED", "FAILED")
				.contains(api.get("/api/orders/" + orderId).token(token).send().text("status")));
		String status = api.get("/api/orders/" + orderId).token(token).send().text("status");
		assertThat(captures(fleet, paypalOrderId)).isEqualTo(1);
		if (!"CONFIRMED".equals(status)) {
			assertThat(refunds(fleet, paypalOrderId)).as("money back for " + status).isEqualTo(1);
		}
	}

	@Test
	void answersAtOnceWhilePaymentServiceIsDownAndLeavesNothingHalfDone(ShopApi api,
			FleetExtension.StartedFleet fleet) {
		Catalog.Product fan = Catalog.create(api, this.admin, "Outage Case Fan", this.brand, "cooling", "15.00", 20);
		String token = Shoppers.newShopperSession(api).accessToken();
		CartJourneyTests.add(api, token, fan.productId(), 2);
		fleet.running().kill("payment-service");
		try {
			long t0 = System.nanoTime();
			ShopApi.Response order = CheckoutJourneyTests.checkout(api, token, UUID.randomUUID().toString(),
					CheckoutJourneyTests.inlineAddress());
			assertThat((System.nanoTime() - t0) / 1_000_000).as("answered within seconds").isLessThan(15_000);
			assertThat(order.status()).as(order.toString()).isEqualTo(503);
			assertThat(order.contentType()).isEqualTo("application/problem+json");
		}
		finally {
			fleet.running().restart("payment-service");
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String paypalOrderId(ShopApi.Response order) {
		String url = order.text("approvalUrl");
		int token = url.indexOf("token=");
		assertThat(token).as(url).isPositive();
		String rest = url.substring(token + "token=".length());
		return rest.contains("&") ? rest.substring(0, rest.indexOf('&')) : rest;
	}

	static int captures(FleetExtension.StartedFleet fleet, String paypalOrderId) {
		return count(fleet, paypalOrderId, "captures");
	}

	static int refunds(FleetExtension.StartedFleet fleet, String paypalOrderId) {
		return count(fleet, paypalOrderId, "refunds");
	}

	private static int count(FleetExtension.StartedFleet fleet, String paypalOrderId, String field) {
		JsonNode ledger = ShopApi.JSON.readTree(simulator(fleet, "GET", "/simulator/ledger", null));
		for (JsonNode order : ledger.path("orders")) {
			if (paypalOrderId.equals(order.path("order_id").asString())) {
				JsonNode value = order.path(field);
				return value.isArray() ? value.size() : value.asInt();
			}
		}
		return 0;
	}

	static String simulator(FleetExtension.StartedFleet fleet, String method, String path, String body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fleet.url("paypal-simulator") + path))
				.header("Content-Type", "application/json")
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The simulator did not answer " + path, ex);
		}
	}

	static <T> List<T> parallel(int times, Callable<T> task) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(times, 50))) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}

package shop.load;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Reservations under contention on ONE product: {@code users} shoppers (default 50) each
 * add the same product to their cart (cart-service reserves the unit at
 * fulfillment-service, a conditional update of the same inventory row) and remove it
 * again (the reservation is released), over and over for {@code holdSeconds}. Before the
 * load, an admin ({@code -DadminEmail}, {@code -DadminPassword}; {@code run.sh} passes
 * the local fleet's {@code SHOP_ADMIN_EMAIL}/{@code SHOP_ADMIN_PASSWORD} or their
 * defaults) gives the product enough stock that no add is refused.
 */
public class ReservationSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 50);

	static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 60);

	final Fixtures fixtures = Fixtures.prepare(BASE_URL, USERS);

	final String productId = this.fixtures.productIds.get(0);

	{
		Fixtures.setStock(BASE_URL, System.getProperty("adminEmail"), System.getProperty("adminPassword"),
				this.productId, 1_000_000);
	}

	final AtomicInteger nextShopper = new AtomicInteger();

	Iterator<Map<String, Object>> shoppers = Stream
		.generate(
				() -> Map.<String, Object>of("productId", this.productId, "token",
						this.fixtures.tokens
							.get(Math.floorMod(this.nextShopper.getAndIncrement(), this.fixtures.tokens.size()))))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.shareConnections();

	ScenarioBuilder contention = scenario("reserve and release one product").feed(this.shoppers)
		.forever()
		.on(exec(http("reserve (add to cart)").post("/api/cart/items")
			.header("Authorization", "Bearer #{token}")
			.body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
			.check(status().is(201), jsonPath("$.itemId").saveAs("itemId")))
			.exec(http("release (remove from cart)").delete("/api/cart/items/#{itemId}")
				.header("Authorization", "Bearer #{token}")
				.check(status().is(204))));

	{
		setUp(this.contention.injectClosed(constantConcurrentUsers(USERS).during(HOLD_SECONDS)))
			.protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(HOLD_SECONDS + 10));
	}

}

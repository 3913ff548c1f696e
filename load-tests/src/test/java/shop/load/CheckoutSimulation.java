package shop.load;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Completed checkouts through the gateway with the PayPal simulator: {@code users}
 * concurrent shoppers (default 20), each one after the other adding an item, checking
 * out, approving at the simulator and confirming, for {@code holdSeconds}.
 */
public class CheckoutSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 20);

	static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 60);

	final Fixtures fixtures = Fixtures.prepare(BASE_URL, USERS);

	/** Each user signs in as one shopper for its whole run, as a real shopper would. */
	Iterator<Map<String, Object>> shoppers = this.fixtures.shopperFeeder();

	Iterator<Map<String, Object>> checkouts = Stream.generate(() -> Map.<String, Object>of("productId",
			this.fixtures.productIds.get(ThreadLocalRandom.current().nextInt(this.fixtures.productIds.size())),
			"idempotencyKey", UUID.randomUUID().toString()))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.disableFollowRedirect()
		.shareConnections();

	ScenarioBuilder checkout = scenario("checkout").feed(this.shoppers)
		.forever()
		.on(feed(this.checkouts)
			.exec(http("add to cart").post("/api/cart/items")
				.header("Authorization", "Bearer #{token}")
				.body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
				.check(status().is(201)))
			.exec(Checkouts.checkOutApproveAndConfirm()));

	{
		setUp(this.checkout.injectClosed(constantConcurrentUsers(USERS).during(HOLD_SECONDS))).protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(HOLD_SECONDS));
	}

}

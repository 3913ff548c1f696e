package shop.load;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The shopper mix through the gateway: browse 70 %, search 15 %, cart 10 %, checkout
 * through the PayPal simulator 5 %, ramping to {@code users} concurrent users (default
 * 1,000) and holding them.
 * <p>
 * {@code -DbaseUrl=http://localhost:8080 -Dusers=1000 -DrampSeconds=60 -DholdSeconds=120}
 */
public class ShopMixSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 1000);

	static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 60);

	static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 120);

	/** Shopper accounts; by default one per user, so no two users share a cart. */
	static final int SHOPPERS = Integer.getInteger("shoppers", USERS);

	static final String[] SEARCHES = { "laptop", "monitor", "ssd", "router", "usb-c", "phone", "keyboard", "switch",
			"nvme", "headset" };

	final Fixtures fixtures = Fixtures.prepare(BASE_URL, SHOPPERS);

	Iterator<Map<String, Object>> products = Stream.generate(() -> Map.<String, Object>of("productId",
			this.fixtures.productIds.get(ThreadLocalRandom.current().nextInt(this.fixtures.productIds.size())), "page",
			ThreadLocalRandom.current().nextInt(50), "q",
			SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
		.iterator();

	/** Each user signs in as one shopper for its whole run, as a real shopper would. */
	Iterator<Map<String, Object>> shoppers = this.fixtures.shopperFeeder();

	Iterator<Map<String, Object>> checkouts = Stream
		.generate(() -> Map.<String, Object>of("idempotencyKey", UUID.randomUUID().toString()))
		.iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.disableFollowRedirect()
		.shareConnections();

	ChainBuilder browse = feed(this.products)
		.exec(http("list products").get("/api/products?page=#{page}&size=20").check(status().is(200)))
		.pause(Duration.ofMillis(200), Duration.ofMillis(800))
		.exec(http("get product").get("/api/products/#{productId}").check(status().is(200)));

	ChainBuilder search = feed(this.products)
		.exec(http("search products").get("/api/products?q=#{q}&sort=price&size=20").check(status().is(200)));

	ChainBuilder cart = feed(this.products)
		.exec(http("add to cart").post("/api/cart/items")
			.header("Authorization", "Bearer #{token}")
			.body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
			.check(status().in(201, 409)))
		.exec(http("get cart").get("/api/cart").header("Authorization", "Bearer #{token}").check(status().is(200)));

	/**
	 * A failed step ends this checkout: checking out a cart the add did not reach is no
	 * test.
	 */
	ChainBuilder checkout = exitBlockOnFail()
		.on(exec(this.cart).feed(this.checkouts).exec(Checkouts.checkOutApproveAndConfirm()));

	ScenarioBuilder mix = scenario("shopper mix").feed(this.shoppers)
		.forever()
		.on(randomSwitch()
			.on(percent(70).then(this.browse), percent(15).then(this.search), percent(10).then(this.cart),
					percent(5).then(this.checkout))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

	{
		setUp(this.mix.injectClosed(rampConcurrentUsers(1).to(USERS).during(RAMP_SECONDS),
				constantConcurrentUsers(USERS).during(HOLD_SECONDS)))
			.protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(RAMP_SECONDS + HOLD_SECONDS))
			.assertions(global().failedRequests().percent().lt(1.0));
	}

}

package shop.load;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The catalog benchmark of the catalog issue: {@code users} concurrent clients (default
 * 50) listing products through the gateway, one phase after the other: a plain page, a
 * filtered page (category, brand, price band, in stock, sorted by price) and a {@code q}
 * full-text search, each for {@code holdSeconds}. Meant for the 100,000-product catalog
 * ({@code shop.fleet.demo.DemoCatalog ... 100000}).
 * <p>
 * {@code -DbaseUrl=http://localhost:8080 -Dusers=50 -DholdSeconds=60}
 */
public class CatalogSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 50);

	static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 60);

	static final String[] SEARCHES = { "laptop", "monitor", "ssd", "router", "usb-c", "phone", "keyboard", "switch",
			"nvme", "headset", "gaming laptop", "wifi 6 router", "4k monitor" };

	final List<Fixtures.Facet> facets = Fixtures.facets(BASE_URL);

	Iterator<Map<String, Object>> requests = Stream.generate(() -> {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Fixtures.Facet facet = this.facets.get(random.nextInt(this.facets.size()));
		return Map.<String, Object>of("page", random.nextInt(100), "category", facet.category(), "brand", facet.brand(),
				"q", SEARCHES[random.nextInt(SEARCHES.length)]);
	}).iterator();

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).acceptHeader("application/json").shareConnections();

	ScenarioBuilder plain = scenario("plain page").feed(this.requests)
		.during(Duration.ofSeconds(HOLD_SECONDS))
		.on(http("plain page").get("/api/products?page=#{page}&size=20")
			.check(status().is(200), jsonPath("$.items[19].productId").exists()));

	ScenarioBuilder filtered = scenario("filtered page").feed(this.requests)
		.during(Duration.ofSeconds(HOLD_SECONDS))
		.on(http("filtered page")
			.get("/api/products?category=#{category}&brand=#{brand}&minPrice=10&maxPrice=5000&inStock=true"
					+ "&sort=price&size=20")
			.check(status().is(200), jsonPath("$.items").exists()));

	ScenarioBuilder search = scenario("q search").feed(this.requests)
		.during(Duration.ofSeconds(HOLD_SECONDS))
		.on(http("q search").get("/api/products?q=#{q}&size=20").check(status().is(200), jsonPath("$.items").exists()));

	{
		// each phase's users loop for the phase's time and end, so that the next phase
		// starts
		setUp(this.plain.injectOpen(atOnceUsers(USERS))
			.andThen(this.filtered.injectOpen(atOnceUsers(USERS)))
			.andThen(this.search.injectOpen(atOnceUsers(USERS)))).protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(3L * HOLD_SECONDS + 60));
	}

}

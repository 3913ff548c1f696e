package shop.load;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The same catalog page through the gateway and straight from catalog-service, one after
 * the other with the same concurrency, so that the report shows what the gateway adds.
 * <p>
 * {@code -DbaseUrl=http://localhost:8080 -DcatalogUrl=http://localhost:8082 -Dusers=50 -DholdSeconds=60}
 */
public class GatewayOverheadSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final String CATALOG_URL = System.getProperty("catalogUrl", "http://localhost:8082");

	static final int USERS = Integer.getInteger("users", 50);

	static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 60);

	HttpProtocolBuilder protocol = http.acceptHeader("application/json").shareConnections();

	ScenarioBuilder throughGateway = scenario("through the gateway").during(Duration.ofSeconds(HOLD_SECONDS))
		.on(http("catalog page via gateway").get(BASE_URL + "/api/products?page=1&size=20").check(status().is(200)));

	ScenarioBuilder direct = scenario("straight to catalog-service").during(Duration.ofSeconds(HOLD_SECONDS))
		.on(http("catalog page direct").get(CATALOG_URL + "/api/products?page=1&size=20").check(status().is(200)));

	{
		// each phase's users loop for the phase's time and end, so that the next phase
		// starts
		setUp(this.throughGateway.injectOpen(atOnceUsers(USERS)).andThen(this.direct.injectOpen(atOnceUsers(USERS))))
			.protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(2L * HOLD_SECONDS + 60));
	}

}

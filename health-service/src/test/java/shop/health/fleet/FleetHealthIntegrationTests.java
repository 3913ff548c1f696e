package shop.health.fleet;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.test.Http;
import shop.health.HealthServiceTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class FleetHealthIntegrationTests extends HealthServiceTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> DATABASE_OWNERS = List.of("auth-service", "catalog-service", "pricing-service",
			"fulfillment-service", "cart-service", "payment-service", "orders-service", "rating-service",
			"log-service");

	@BeforeEach
	void everythingUp() {
		FLEET.resetAll();
		for (String service : SERVICES) {
			up(service);
		}
		FLEET
			.stubFor(post(urlEqualTo("/log-service/internal/logs/probe")).withHeader("X-Api-Key", equalTo("health-key"))
				.willReturn(okJson("{\"status\":\"UP\",\"store\":\"directory\",\"latencyMs\":3}")));
	}

	@Test
	void isUpWithEveryComponentWhenEverythingIs() {
		HttpResponse<String> response = Http.get(url("/api/health"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("checkedAt").asString()).isNotBlank();
		JsonNode components = health.get("components");
		for (String component : List.of("gateway", "auth-service", "catalog-service", "pricing-service",
				"fulfillment-service", "cart-service", "payment-service", "orders-service", "rating-service",
				"realtime-service", "log-service", "database", "cache", "log-store")) {
			assertThat(components.get(component)).as(component).isNotNull();
			assertThat(components.get(component).get("status").asString()).as(component).isEqualTo("UP");
			assertThat(components.get(component).get("latencyMs").isNumber()).isTrue();
		}
		assertThat(components.get("cache").get("details").get("type").asString()).isEqualTo("in-process");
		assertThat(components.get("log-store").get("details").get("store").asString()).isEqualTo("directory");
	}

	@Test
	void isDownWith503WhenACriticalServiceIsStoppedAndStillReportsTheRest() {
		FLEET.stubFor(get(urlEqualTo("/orders-service/actuator/health"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		HttpResponse<String> response = Http.get(url("/api/health"));

		assertThat(response.statusCode()).isEqualTo(503);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("DOWN");
		assertThat(health.get("components").get("orders-service").get("status").asString()).isEqualTo("DOWN");
		for (String other : List.of("gateway", "auth-service", "catalog-service", "cart-service", "rating-service",
				"database", "log-store")) {
			assertThat(health.get("components").get(other).get("status").asString()).as(other).isEqualTo("UP");
		}
	}

	@Test
	void isDegradedWhenRatingIsStopped() {
		FLEET.stubFor(get(urlEqualTo("/rating-service/actuator/health"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		HttpResponse<String> response = Http.get(url("/api/health"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(health.get("components").get("rating-service").get("status").asString()).isEqualTo("DOWN");
		assertThat(health.get("components").get("orders-service").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void countsAServiceThatDoesNotAnswerInTimeAsDownWithoutWaitingForIt() {
		FLEET.stubFor(get(urlEqualTo("/catalog-service/actuator/health"))
			.willReturn(okJson("{\"status\":\"UP\"}").withFixedDelay(3000)));

		long started = System.nanoTime();
		HttpResponse<String> response = Http.get(url("/api/health"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(response.statusCode()).isEqualTo(503);
		JsonNode catalog = JSON.readTree(response.body()).get("components").get("catalog-service");
		assertThat(catalog.get("status").asString()).isEqualTo("DOWN");
		assertThat(catalog.get("details").get("error").asString()).isEqualTo("timed out");
		assertThat(took).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void isDownWhenTheServicesReportTheDatabaseDown() {
		for (String service : DATABASE_OWNERS) {
			FLEET.stubFor(get(urlEqualTo("/" + service + "/actuator/health")).willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"DOWN\"}}}")));
		}

		JsonNode health = JSON.readTree(Http.get(url("/api/health")).body());

		assertThat(health.get("status").asString()).isEqualTo("DOWN");
		assertThat(health.get("components").get("database").get("status").asString()).isEqualTo("DOWN");
	}

	@Test
	void isDegradedWhenTheLogStoreFailsItsProbe() {
		FLEET.stubFor(post(urlEqualTo("/log-service/internal/logs/probe")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\":503,\"code\":\"LOG_STORE_DOWN\",\"detail\":\"disk full\"}")));

		HttpResponse<String> response = Http.get(url("/api/health"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(health.get("components").get("log-store").get("status").asString()).isEqualTo("DOWN");
		assertThat(health.get("components").get("log-store").get("details").get("error").asString())
			.isEqualTo("disk full");
	}

	private static void up(String service) {
		String body = DATABASE_OWNERS.contains(service)
				? "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}" : "{\"status\":\"UP\"}";
		FLEET.stubFor(get(urlEqualTo("/" + service + "/actuator/health")).willReturn(okJson(body)));
	}

}

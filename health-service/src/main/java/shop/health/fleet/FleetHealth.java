package shop.health.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import shop.health.HealthProperties;

/**
 * Checks the whole fleet in parallel, each check bounded by the timeout (a service that
 * does not answer in time is {@code DOWN}, and the others still report), and judges it:
 * {@code DOWN} when a critical service or the database is down, {@code DEGRADED} when
 * only non-critical parts are (rating, realtime, log-service, the log store, the cache),
 * {@code UP} otherwise. The last result answers for {@code cache-for}.
 */
@Service
public class FleetHealth implements AutoCloseable {

	static final String DATABASE = "database";

	static final String CACHE = "cache";

	static final String LOG_STORE = "log-store";

	private static final Duration GRACE = Duration.ofMillis(500);

	private final HealthProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final Checks checks;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HealthCache cache;

	FleetHealth(HealthProperties properties, Environment environment, Clock clock) {
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		this.checks = new Checks(properties.timeout());
		this.cache = new HealthCache(properties.cacheFor(), this::poll, System::nanoTime);
	}

	/**
	 * The fleet's health, at most {@code cache-for} old.
	 */
	public HealthReport current() {
		return this.cache.get();
	}

	HealthReport poll() {
		List<String> services = new ArrayList<>(this.properties.critical());
		services.addAll(this.properties.nonCritical());
		Map<String, Future<Checks.Result>> serviceChecks = new LinkedHashMap<>();
		for (String service : services) {
			String url = this.environment.getProperty("shop.services." + service);
			serviceChecks.put(service,
					this.executor.submit(
							() -> (url != null) ? this.checks.service(url)
									: new Checks.Result(
											ComponentHealth.down(0,
													Map.of("error",
															"no URL configured (shop.services." + service + ")")),
											null)));
		}
		HealthProperties.Database database = this.properties.database();
		boolean directDatabase = database != null && StringUtils.hasText(database.url());
		Future<ComponentHealth> databaseCheck = directDatabase ? this.executor
			.submit(() -> this.checks.database(database.url(), database.username(), database.password())) : null;
		Future<ComponentHealth> cacheCheck = StringUtils.hasText(this.properties.redisUrl())
				? this.executor.submit(() -> this.checks.redis(this.properties.redisUrl())) : null;
		String logService = this.environment.getProperty("shop.services.log-service");
		String apiKey = this.environment.getProperty("shop.internal.api-key");
		Future<ComponentHealth> logStoreCheck = (logService != null)
				? this.executor.submit(() -> this.checks.logStore(logService, apiKey)) : null;

		Map<String, ComponentHealth> components = new LinkedHashMap<>();
		Map<String, JsonNode> bodies = new LinkedHashMap<>();
		serviceChecks.forEach((service, check) -> {
			Checks.Result result = await(check, () -> new Checks.Result(timedOut(), null));
			components.put(service, result.health());
			if (result.body() != null) {
				bodies.put(service, result.body());
			}
		});
		components.put(DATABASE,
				directDatabase ? await(databaseCheck, this::timedOut) : databaseFromServices(bodies, components));
		components.put(CACHE, (cacheCheck != null) ? await(cacheCheck, this::timedOut)
				: ComponentHealth.up(0, Map.of("type", "in-process")));
		components.put(LOG_STORE, (logStoreCheck != null) ? await(logStoreCheck, this::timedOut)
				: ComponentHealth.down(0, Map.of("error", "no log-service URL configured")));
		return new HealthReport(verdict(components), this.clock.instant(), components);
	}

	/**
	 * Without a database login of its own: the database is up when a service that uses it
	 * reports it up in its health.
	 */
	private ComponentHealth databaseFromServices(Map<String, JsonNode> bodies, Map<String, ComponentHealth> services) {
		List<String> reportedDown = new ArrayList<>();
		for (String service : this.properties.databaseServices()) {
			JsonNode body = bodies.get(service);
			JsonNode db = (body != null && body.has("components")) ? body.get("components").get("db") : null;
			if (db == null || !db.has("status")) {
				continue;
			}
			long latency = services.get(service).latencyMs();
			if (ComponentHealth.UP.equals(db.get("status").asString())) {
				return ComponentHealth.up(latency, Map.of("source", "health of " + service));
			}
			reportedDown.add(service);
		}
		if (!reportedDown.isEmpty()) {
			return ComponentHealth.down(0, Map.of("source", "health of " + String.join(", ", reportedDown)));
		}
		return ComponentHealth.down(0, Map.of("error", "no service that uses the database reported it"));
	}

	private String verdict(Map<String, ComponentHealth> components) {
		List<String> critical = new ArrayList<>(this.properties.critical());
		critical.add(DATABASE);
		boolean degraded = false;
		for (Map.Entry<String, ComponentHealth> entry : components.entrySet()) {
			if (!entry.getValue().isUp()) {
				if (critical.contains(entry.getKey())) {
					return ComponentHealth.DOWN;
				}
				degraded = true;
			}
		}
		return degraded ? HealthReport.DEGRADED : ComponentHealth.UP;
	}

	private <T> T await(Future<T> check, Supplier<T> onTimeout) {
		try {
			return check.get(this.properties.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			return onTimeout.get();
		}
		catch (ExecutionException ex) {
			check.cancel(true);
			return onTimeout.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return onTimeout.get();
		}
	}

	private ComponentHealth timedOut() {
		return ComponentHealth.down(this.properties.timeout().toMillis(), Map.of("error", "timed out"));
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}

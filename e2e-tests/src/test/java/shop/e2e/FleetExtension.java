package shop.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import shop.fleet.Fleet;
import shop.fleet.FleetLayout;
import shop.fleet.FleetOptions;
import shop.fleet.FleetService;
import shop.fleet.RunningFleet;

/**
 * Boots the whole fleet once per test run through local-fleet's own code (embedded
 * PostgreSQL, the PayPal simulator, twelve JVMs), on ports shifted by 1000 so that it
 * never meets a developer's running fleet, with its state under
 * {@code e2e-tests/target/fleet}. Injects a {@link ShopApi} bound to the gateway. When a
 * test fails, prints the tail of the logs of the services its class names in
 * {@link Services}.
 */
public class FleetExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FleetExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		fleet(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == ShopApi.class || type == StartedFleet.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		StartedFleet fleet = fleet(context);
		return (parameter.getParameter().getType() == ShopApi.class) ? fleet.api() : fleet;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		StartedFleet fleet = fleet(context);
		String[] names = context.getRequiredTestClass().isAnnotationPresent(Services.class)
				? context.getRequiredTestClass().getAnnotation(Services.class).value() : new String[] { "gateway" };
		for (String name : names) {
			System.err.println("----- last lines of " + name + ".log (for " + context.getDisplayName() + ") -----");
			System.err.println(fleet.running().tail(Fleet.named(name), 60));
		}
	}

	private static StartedFleet fleet(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(StartedFleet.class, (key) -> StartedFleet.boot(), StartedFleet.class);
	}

	/**
	 * The fleet of this test run; closed by JUnit when the run ends.
	 */
	public record StartedFleet(RunningFleet running, ShopApi api) implements AutoCloseable {

		static StartedFleet boot() {
			Path root = Path.of(System.getProperty("shop.root", "..")).toAbsolutePath().normalize();
			FleetLayout layout = new FleetLayout(root, root.resolve("e2e-tests/target/fleet"));
			wipe(layout.home());
			int offset = Integer.parseInt(Optional.ofNullable(System.getenv("SHOP_E2E_PORT_OFFSET")).orElse("1000"));
			// One client address runs the whole suite: the per-address limits of the
			// gateway
			// and of login failures are raised; the per-account login throttle stays.
			// Shorter waits where ReliabilityTests would otherwise sit idle: a saga's
			// lease (60 s by default; still longer than any call of a step, 11 s at most)
			// runs out sooner after orders-service is killed, and log shippers retry
			// their spool at least every 5 s (60 s) after a log-service outage.
			Map<String, String> environment = Map.of("SHOP_RATE_LIMIT_IP_PER_SECOND", "2000",
					"SHOP_RATE_LIMIT_IP_BURST", "4000", "SHOP_RATE_LIMIT_USER_PER_SECOND", "1000",
					"SHOP_RATE_LIMIT_USER_BURST", "2000", "SHOP_LOGIN_IP_FAILURES", "10000", "SHOP_ORDERS_SAGA_LEASE",
					"20s", "SHOP_LOGS_SHIPPING_MAXRETRYINTERVAL", "5s");
			FleetOptions options = new FleetOptions(layout, offset, 5433 + offset, Duration.ofMinutes(4),
					"admin@e2e.shop.local", "e2e-admin-password-1", environment, false);
			long t0 = System.nanoTime();
			RunningFleet running = RunningFleet.start(options, System.out::println);
			System.out.printf("fleet for the end-to-end suite ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
			return new StartedFleet(running, new ShopApi(options.gatewayUrl(), options));
		}

		public String url(String service) {
			FleetService fleetService = Fleet.named(service);
			return this.running.options().url(fleetService);
		}

		@Override
		public void close() {
			this.running.close();
		}

		private static void wipe(Path home) {
			if (!Files.exists(home)) {
				return;
			}
			try (Stream<Path> paths = Files.walk(home)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

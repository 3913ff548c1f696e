package shop.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A started fleet: its database and one process per deployable. {@link #start} brings it
 * up wave by wave and returns once every service reports ready; {@link #close} stops the
 * services in reverse order, then the database. The end-to-end suite uses it the same way
 * {@code ./shop start} does.
 */
public final class RunningFleet implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final FleetOptions options;

	private final FleetDatabase database;

	private final Map<FleetService, Process> processes = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<FleetService, List<String>> commands = new LinkedHashMap<>();

	private final Map<FleetService, Map<String, String>> environments = new LinkedHashMap<>();

	private final Consumer<String> out;

	private RunningFleet(FleetOptions options, FleetDatabase database, Consumer<String> out) {
		this.options = options;
		this.database = database;
		this.out = out;
	}

	/**
	 * Starts the database and every service; on failure stops what started and throws.
	 */
	public static RunningFleet start(FleetOptions options, Consumer<String> out) {
		FleetLayout layout = options.layout();
		checkJars(layout);
		checkPorts(options);
		try {
			Files.createDirectories(layout.logs());
			Files.createDirectories(layout.pids());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Secrets secrets = Secrets.loadOrGenerate(layout.secrets());
		if (secrets.generated()) {
			out.accept("  generated dev-only keys and passwords into " + layout.root().relativize(layout.secrets()));
		}
		long t0 = System.nanoTime();
		String externalDb = System.getenv("SHOP_DB_ADMIN_URL");
		FleetDatabase database = FleetDatabase.start(layout, options.postgresPort(), externalDb);
		database.provision(secrets);
		out.accept(String.format("  %-20s ready in %5.1f s (%s)", "postgres", seconds(t0), database.embedded()
				? "embedded, port " + database.port() + ", data in .fleet/pgdata" : "external: " + database.jdbcUrl()));
		RunningFleet fleet = new RunningFleet(options, database, out);
		try {
			JvmOptions jvm = new JvmOptions(layout, options.startupCache());
			String java = JvmOptions.javaOf();
			for (int wave = 1; wave <= Fleet.waves(); wave++) {
				Map<FleetService, Long> started = new LinkedHashMap<>();
				for (FleetService service : Fleet.wave(wave)) {
					fleet.launch(service, jvm.command(java, service), fleet.environment(service, secrets));
					started.put(service, System.nanoTime());
				}
				for (Map.Entry<FleetService, Long> entry : started.entrySet()) {
					fleet.awaitReady(entry.getKey());
					Process process = fleet.processes.get(entry.getKey());
					out.accept(String.format("  %-20s ready in %5.1f s (pid %d, port %d)", entry.getKey().name(),
							seconds(entry.getValue()), process.pid(), options.port(entry.getKey())));
				}
			}
			return fleet;
		}
		catch (RuntimeException ex) {
			fleet.close();
			throw ex;
		}
	}

	Map<String, String> environment(FleetService service, Secrets secrets) {
		Map<String, String> env = new HashMap<>();
		env.put("SERVER_PORT", Integer.toString(this.options.port(service)));
		if (service.hasManagementPort()) {
			env.put("MANAGEMENT_SERVER_PORT", Integer.toString(this.options.metricsPort(service)));
		}
		for (FleetService other : Fleet.SERVICES) {
			env.put(other.urlVariable(), this.options.url(other));
		}
		env.put("SHOP_REALTIME_WS_URL", "ws://localhost:" + this.options.port(Fleet.named("realtime-service")));
		env.put("SHOP_INTERNAL_API_KEY", secrets.apiKey(service.name()));
		env.put("SHOP_INTERNAL_CALLER_KEYS", secrets.callerKeys());
		if (service.role() != null) {
			env.put("SHOP_DB_URL", this.database.jdbcUrl());
			env.put("SHOP_DB_USER", service.role());
			env.put("SHOP_DB_PASSWORD", secrets.dbPassword(service.role()));
		}
		if (service.name().equals("health-service")) {
			env.put("SHOP_HEALTH_DB_URL", this.database.jdbcUrl());
			env.put("SHOP_HEALTH_DB_USER", service.role());
			env.put("SHOP_HEALTH_DB_PASSWORD", secrets.dbPassword(service.role()));
		}
		env.put("SHOP_LOG_SHIPPING_ENABLED", "true");
		env.put("SHOP_LOG_SPOOL_DIRECTORY", this.options.layout().home().resolve("log-spool").toString());
		env.put("SHOP_CRYPTO_KEYS", secrets.cryptoKeys());
		env.put("SHOP_CRYPTO_BLIND_INDEX_KEY", secrets.blindIndexKey());
		env.put("SHOP_ADMIN_EMAIL", this.options.adminEmail());
		env.put("SHOP_ADMIN_PASSWORD", this.options.adminPassword());
		String simulator = this.options.url(Fleet.named("paypal-simulator"));
		env.put("PAYPAL_BASE_URL", System.getenv().getOrDefault("PAYPAL_BASE_URL", simulator));
		env.put("PAYPAL_WEB_URL", System.getenv().getOrDefault("PAYPAL_WEB_URL", simulator));
		env.put("LOG_STORE_DIRECTORY", this.options.layout().logStore().toString());
		env.put("SHOP_PUBLIC_URL", this.options.gatewayUrl());
		env.putAll(this.options.extraEnvironment());
		return env;
	}

	private void launch(FleetService service, List<String> command, Map<String, String> env) {
		this.commands.put(service, command);
		this.environments.put(service, env);
		Path log = this.options.layout().log(service.name());
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.options.layout().root().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(env);
			Files.writeString(log, "%n=== starting %s at %s ===%n".formatted(service.name(), java.time.Instant.now()),
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			Process process = builder.start();
			this.processes.put(service, process);
			Files.writeString(this.options.layout().pids().resolve(service.name() + ".pid"),
					Long.toString(process.pid()));
		}
		catch (IOException ex) {
			throw new FleetStartException("Could not start " + service.name() + ": " + ex.getMessage());
		}
	}

	private void awaitReady(FleetService service) {
		Process process = this.processes.get(service);
		long deadline = System.nanoTime() + this.options.startTimeout().toNanos();
		URI readiness = URI.create(this.options.url(service) + "/actuator/health/readiness");
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new FleetStartException(service.name() + " exited with code " + process.exitValue()
						+ " while starting; its log is " + relative(service), tail(service, 40));
			}
			if (ready(readiness)) {
				return;
			}
			sleep(250);
		}
		throw new FleetStartException(service.name() + " was not ready within "
				+ this.options.startTimeout().toSeconds() + " s; its log is " + relative(service), tail(service, 40));
	}

	static boolean ready(URI readiness) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Kills a service at once ({@code kill -9}): no shutdown hook, no graceful drain, as
	 * a crash would. For reliability tests.
	 */
	public void kill(String name) {
		FleetService service = Fleet.named(name);
		Process process = this.processes.get(service);
		process.destroyForcibly();
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Stops a service gracefully (SIGTERM), as an operator would.
	 */
	public void stop(String name) {
		Process process = this.processes.get(Fleet.named(name));
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Starts a stopped or killed service again with its command and environment, and
	 * waits until it is ready.
	 */
	public void restart(String name) {
		FleetService service = Fleet.named(name);
		Process old = this.processes.get(service);
		if (old != null && old.isAlive()) {
			stop(name);
		}
		launch(service, this.commands.get(service), this.environments.get(service));
		awaitReady(service);
	}

	/**
	 * A superuser connection URL of the fleet's database, for invariant checks across
	 * schemas in tests (services themselves never cross schemas).
	 */
	public String adminJdbcUrl() {
		return this.database.adminJdbcUrl();
	}

	/**
	 * Services whose process has ended although nobody stopped it.
	 */
	public List<String> crashed() {
		List<String> crashed = new ArrayList<>();
		this.processes.forEach((service, process) -> {
			if (!process.isAlive()) {
				crashed.add(service.name() + " (exit " + process.exitValue() + ")");
			}
		});
		return crashed;
	}

	public Map<FleetService, Process> processes() {
		return Map.copyOf(this.processes);
	}

	public FleetOptions options() {
		return this.options;
	}

	public String tail(FleetService service, int lines) {
		return tail(this.options.layout().log(service.name()), lines);
	}

	static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log at " + log + ")";
		}
	}

	/**
	 * Stops the services, newest wave first and the gateway before all, each with SIGTERM
	 * and time for a graceful shutdown, then the database.
	 */
	@Override
	public void close() {
		List<FleetService> order = new ArrayList<>(this.processes.keySet());
		java.util.Collections.reverse(order);
		for (int wave = Fleet.waves(); wave >= 1; wave--) {
			List<Process> stopping = new ArrayList<>();
			for (FleetService service : order) {
				if (service.wave() == wave) {
					Process process = this.processes.get(service);
					if (process.isAlive()) {
						process.destroy();
						stopping.add(process);
					}
				}
			}
			for (Process process : stopping) {
				try {
					if (!process.waitFor(30, TimeUnit.SECONDS)) {
						process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
					}
				}
				catch (InterruptedException ex) {
					process.destroyForcibly();
					Thread.currentThread().interrupt();
				}
			}
		}
		for (FleetService service : this.processes.keySet()) {
			try {
				Files.deleteIfExists(this.options.layout().pids().resolve(service.name() + ".pid"));
			}
			catch (IOException ex) {
				// a stale pid file is ignored by the next start
			}
		}
		this.database.close();
	}

	private static void checkJars(FleetLayout layout) {
		for (FleetService service : Fleet.SERVICES) {
			if (!Files.exists(layout.jar(service))) {
				throw new FleetStartException(
						layout.root().relativize(layout.jar(service)) + " is missing: build with ./mvnw package first");
			}
		}
	}

	private static void checkPorts(FleetOptions options) {
		for (FleetService service : Fleet.SERVICES) {
			for (int port : new int[] { options.port(service), options.metricsPort(service) }) {
				if (inUse(port)) {
					throw new FleetStartException("Port " + port + " (" + service.name()
							+ ") is already in use by another program: stop it, or start with SHOP_PORT_OFFSET=1000");
				}
			}
		}
		if (System.getenv("SHOP_DB_ADMIN_URL") == null && inUse(options.postgresPort())) {
			throw new FleetStartException("Port " + options.postgresPort()
					+ " (embedded PostgreSQL) is already in use: stop that program or set SHOP_PG_PORT");
		}
	}

	static boolean inUse(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String relative(FleetService service) {
		return this.options.layout().root().relativize(this.options.layout().log(service.name())).toString();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FleetStartException("Interrupted while starting");
		}
	}

}

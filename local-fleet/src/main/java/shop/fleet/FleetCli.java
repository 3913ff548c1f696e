package shop.fleet;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import shop.fleet.demo.DemoCatalog;

/**
 * {@code ./shop}'s commands.
 * <ul>
 * <li>{@code start}: starts the fleet in the foreground; Ctrl-C stops everything.</li>
 * <li>{@code supervise}: the same, for {@code ./shop start --detach}, which runs it in
 * the background and follows it with {@code await}.</li>
 * <li>{@code await}: waits until a detached fleet is ready or has failed.</li>
 * <li>{@code stop}, {@code status}, {@code reset}.</li>
 * </ul>
 */
public final class FleetCli {

	private final FleetLayout layout;

	private final PrintStream out;

	/**
	 * The launcher log's line count when this command started the launcher: progress
	 * shown by {@link #await()} starts after it.
	 */
	private int progressFrom = -1;

	FleetCli(FleetLayout layout, PrintStream out) {
		this.layout = layout;
		this.out = out;
	}

	public static void main(String[] args) {
		Path root = Path.of(System.getProperty("shop.root", ".")).toAbsolutePath().normalize();
		FleetCli cli = new FleetCli(FleetLayout.of(root), System.out);
		String command = (args.length > 0) ? args[0] : "start";
		int exit;
		try {
			exit = switch (command) {
				case "start" -> (args.length > 1 && args[1].equals("--detach")) ? cli.startDetached() : cli.start();
				case "supervise" -> cli.start();
				case "await" -> cli.await();
				case "stop" -> cli.stop();
				case "status" -> cli.status();
				case "reset" -> cli.reset();
				default -> {
					System.err.println("Usage: ./shop start [--detach] | stop | status | reset");
					yield 2;
				}
			};
		}
		catch (FleetStartException ex) {
			System.err.println("✗ " + ex.getMessage());
			if (ex.logTail() != null) {
				System.err.println("--- last lines of the log ---");
				System.err.println(ex.logTail());
			}
			exit = 1;
		}
		System.exit(exit);
	}

	int start() {
		Optional<ProcessHandle> running = runningSupervisor();
		if (running.isPresent()) {
			throw new FleetStartException("The fleet is already running (launcher pid " + running.get().pid()
					+ "): see ./shop status, or ./shop stop first");
		}
		FleetOptions options = FleetOptions.fromEnvironment(this.layout);
		try {
			Files.createDirectories(this.layout.home());
			Files.writeString(this.layout.pidFile(), Long.toString(ProcessHandle.current().pid()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writeState("STARTING", null);
		long t0 = System.nanoTime();
		this.out.println("Starting the Wholesale Shop fleet (logs in .fleet/logs/)");
		RunningFleet fleet;
		try {
			fleet = RunningFleet.start(options, this.out::println);
		}
		catch (FleetStartException ex) {
			writeState("FAILED", ex.getMessage() + ((ex.logTail() != null) ? "\n" + ex.logTail() : ""));
			deletePidFile();
			throw ex;
		}
		catch (RuntimeException ex) {
			writeState("FAILED", ex.getMessage());
			deletePidFile();
			throw new FleetStartException(ex.getMessage());
		}
		loadDemoCatalog(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			this.out.println("Stopping the fleet...");
			writeState("STOPPING", null);
			fleet.close();
			writeState("STOPPED", null);
			deletePidFile();
			stopped.countDown();
		}, "fleet-stop"));
		this.out.printf("%nThe fleet is up in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
		this.out.println("  Gateway:      " + options.gatewayUrl() + "  (try " + options.gatewayUrl() + "/api/health)");
		this.out.println("  Admin login:  " + options.adminEmail() + " / " + options.adminPassword()
				+ "  (set SHOP_ADMIN_EMAIL / SHOP_ADMIN_PASSWORD to change)");
		this.out.println("  Stop with Ctrl-C, or ./shop stop");
		writeState("READY", null);
		while (stopped.getCount() > 0) {
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			var crashed = fleet.crashed();
			if (!crashed.isEmpty()) {
				writeState("DEGRADED", "stopped unexpectedly: " + String.join(", ", crashed));
			}
		}
		return 0;
	}

	/**
	 * Loads the demo catalog into a new fleet, once: a marker under {@code .fleet/}
	 * records that it happened ({@code ./shop reset} clears it);
	 * {@code SHOP_DEMO_CATALOG=off} skips it. A failure is reported but does not stop the
	 * fleet.
	 */
	private void loadDemoCatalog(FleetOptions options) {
		if ("off".equalsIgnoreCase(System.getenv().getOrDefault("SHOP_DEMO_CATALOG", "on"))) {
			return;
		}
		long t0 = System.nanoTime();
		try {
			DemoCatalog.Result result = DemoCatalog.loadOnce(options.gatewayUrl(), options.adminEmail(),
					options.adminPassword(), this.layout.home().resolve("demo-catalog.loaded"));
			if (!result.alreadyLoaded()) {
				this.out.printf("  %-20s loaded in %5.1f s (%d products in %d categories)%n", "demo catalog",
						(System.nanoTime() - t0) / 1e9, result.products(), result.categories());
			}
		}
		catch (RuntimeException ex) {
			this.out.println("  demo catalog         not loaded: " + ex.getMessage());
		}
	}

	/**
	 * Starts the launcher as a background process of its own session (so that the
	 * terminal's Ctrl-C or closing it does not reach the fleet) and waits for it.
	 */
	int startDetached() {
		Optional<ProcessHandle> running = runningSupervisor();
		if (running.isPresent()) {
			throw new FleetStartException("The fleet is already running (launcher pid " + running.get().pid()
					+ "): see ./shop status, or ./shop stop first");
		}
		try {
			Files.createDirectories(this.layout.logs());
			Files.deleteIfExists(this.layout.stateFile());
			this.progressFrom = lineCount(this.layout.log("launcher"));
			Path jar = Path.of(System.getProperty("shop.launcher.jar",
					this.layout.root().resolve("local-fleet/target/local-fleet-exec.jar").toString()));
			java.util.List<String> command = new java.util.ArrayList<>();
			if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
				command.add("setsid");
			}
			command.addAll(java.util.List.of(JvmOptions.javaOf(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
					"-Xmx128m", "-Dshop.root=" + this.layout.root(), "-jar", jar.toString(), "supervise"));
			new ProcessBuilder(command).directory(this.layout.root().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.layout.log("launcher").toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
		}
		catch (IOException ex) {
			throw new FleetStartException("Could not start the launcher in the background: " + ex.getMessage());
		}
		this.out.println("Starting the Wholesale Shop fleet in the background (logs in .fleet/logs/)");
		return await();
	}

	int await() {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		long shown = 0;
		while (System.nanoTime() < deadline) {
			Properties state = readState();
			String status = state.getProperty("status", "STARTING");
			shown = showProgress(shown);
			if ("READY".equals(status)) {
				this.out.println("The fleet is up: " + FleetOptions.fromEnvironment(this.layout).gatewayUrl()
						+ "  (./shop status, ./shop stop; logs in .fleet/logs/)");
				return 0;
			}
			if ("FAILED".equals(status)) {
				System.err.println("✗ " + state.getProperty("detail", "the fleet did not start"));
				return 1;
			}
			if (runningSupervisor().isEmpty() && state.getProperty("status") != null && !"STARTING".equals(status)) {
				System.err.println("✗ The launcher exited; see .fleet/logs/launcher.log");
				return 1;
			}
			sleep(300);
		}
		System.err.println("✗ The fleet did not become ready within 10 minutes; see .fleet/logs/");
		return 1;
	}

	/**
	 * Prints the launcher's progress lines written since the last call.
	 * @return the number of lines shown so far
	 */
	private long showProgress(long alreadyShown) {
		Path log = this.layout.log("launcher");
		if (!Files.exists(log)) {
			return alreadyShown;
		}
		try (var lines = Files.lines(log)) {
			java.util.List<String> all = lines.toList();
			int start = (this.progressFrom >= 0) ? this.progressFrom
					: all.lastIndexOf("Starting the Wholesale Shop fleet (logs in .fleet/logs/)") + 1;
			java.util.List<String> progress = all.subList(Math.min(Math.max(0, start), all.size()), all.size())
				.stream()
				.filter((line) -> line.startsWith("  "))
				.toList();
			progress.stream().skip(alreadyShown).forEach(this.out::println);
			return Math.max(alreadyShown, progress.size());
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return alreadyShown;
		}
	}

	int stop() {
		Optional<ProcessHandle> supervisor = runningSupervisor();
		if (supervisor.isPresent()) {
			this.out.println("Stopping the fleet (launcher pid " + supervisor.get().pid() + ")...");
			supervisor.get().destroy();
			try {
				supervisor.get().onExit().get(Duration.ofMinutes(3).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				supervisor.get().destroyForcibly();
			}
		}
		int orphans = stopOrphans();
		if (supervisor.isEmpty() && orphans == 0) {
			this.out.println("The fleet is not running.");
		}
		else {
			this.out.println("Stopped.");
		}
		deletePidFile();
		return 0;
	}

	int status() {
		Optional<ProcessHandle> supervisor = runningSupervisor();
		Properties state = readState();
		this.out.println("Launcher: "
				+ supervisor.map((p) -> "running (pid " + p.pid() + "), fleet " + state.getProperty("status", "?"))
					.orElse("not running"));
		if (state.getProperty("detail") != null && supervisor.isPresent()) {
			this.out.println("  " + state.getProperty("detail"));
		}
		FleetOptions options = FleetOptions.fromEnvironment(this.layout);
		long totalRss = 0;
		for (FleetService service : Fleet.SERVICES) {
			Optional<ProcessHandle> process = pidOf(service.name());
			boolean ready = RunningFleet.ready(URI.create(options.url(service) + "/actuator/health/readiness"));
			long rss = process.map((p) -> rssKb(p.pid())).orElse(0L);
			totalRss += rss;
			this.out.printf("  %-20s %-8s %-12s port %d%s%n", service.name(), ready ? "READY" : "DOWN",
					process.map((p) -> "pid " + p.pid()).orElse("-"), options.port(service),
					(rss > 0) ? String.format("  RSS %d MB", rss / 1024) : "");
		}
		if (totalRss > 0) {
			this.out.printf("  %-20s %d MB RSS in all%n", "", totalRss / 1024);
		}
		return supervisor.isPresent() ? 0 : 3;
	}

	int reset() {
		if (runningSupervisor().isPresent()) {
			throw new FleetStartException("The fleet is running: ./shop stop first, then ./shop reset");
		}
		stopOrphans();
		try {
			JvmOptions.deleteRecursively(this.layout.home());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.out.println("Local data wiped (.fleet/: database, log store, logs, caches and dev keys).");
		return 0;
	}

	private int stopOrphans() {
		int stopped = 0;
		for (FleetService service : Fleet.SERVICES) {
			Optional<ProcessHandle> process = pidOf(service.name());
			if (process.isPresent()) {
				process.get().destroy();
				try {
					process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					process.get().destroyForcibly();
				}
				stopped++;
			}
			try {
				Files.deleteIfExists(this.layout.pids().resolve(service.name() + ".pid"));
			}
			catch (IOException ex) {
				// ignored: the next start overwrites it
			}
		}
		if (FleetDatabase.stopOrphan(this.layout.pgdata())) {
			stopped++;
		}
		return stopped;
	}

	private Optional<ProcessHandle> runningSupervisor() {
		return readPid(this.layout.pidFile()).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.pid() != ProcessHandle.current().pid())
			.filter((process) -> process.info().commandLine().map((line) -> line.contains("local-fleet")).orElse(true));
	}

	private Optional<ProcessHandle> pidOf(String service) {
		return readPid(this.layout.pids().resolve(service + ".pid")).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().commandLine().map((line) -> line.contains(service)).orElse(true));
	}

	private static Optional<Long> readPid(Path file) {
		try {
			return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static long rssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or the process just ended
		}
		return 0;
	}

	private void writeState(String status, String detail) {
		Properties state = new Properties();
		state.setProperty("status", status);
		state.setProperty("at", Instant.now().toString());
		if (detail != null) {
			state.setProperty("detail", detail);
		}
		try {
			Files.createDirectories(this.layout.home());
			Path tmp = this.layout.stateFile().resolveSibling("state.properties.tmp");
			try (Writer writer = Files.newBufferedWriter(tmp)) {
				state.store(writer, null);
			}
			Files.move(tmp, this.layout.stateFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Properties readState() {
		Properties state = new Properties();
		if (Files.exists(this.layout.stateFile())) {
			try (Reader reader = Files.newBufferedReader(this.layout.stateFile())) {
				state.load(reader);
			}
			catch (IOException ex) {
				// being replaced right now; the next read sees it
			}
		}
		return state;
	}

	private void deletePidFile() {
		try {
			Files.deleteIfExists(this.layout.pidFile());
		}
		catch (IOException ex) {
			// ignored: a stale pid file names a dead process and is overwritten
		}
	}

	private static int lineCount(Path file) throws IOException {
		if (!Files.exists(file)) {
			return 0;
		}
		try (var lines = Files.lines(file)) {
			return (int) lines.count();
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

}

package shop.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How each service's JVM is started on a developer's machine: small, single-core-minded
 * and quick to start rather than tuned for peak throughput. On JDK 25+ the JDK's AOT
 * cache (recorded during the first run, written when the service stops, used from the
 * next start on); on JDK 21-24 a dynamic class-data-sharing archive. Both need the jar in
 * its extracted layout, which is redone whenever the jar changes.
 */
final class JvmOptions {

	private final FleetLayout layout;

	private final int javaFeature;

	private final boolean startupCache;

	JvmOptions(FleetLayout layout, boolean startupCache) {
		this.layout = layout;
		this.javaFeature = Runtime.version().feature();
		this.startupCache = startupCache;
	}

	/**
	 * The command that runs a service, extracting its jar first when it changed.
	 */
	List<String> command(String java, FleetService service) {
		Path jar = this.layout.jar(service);
		Path extracted = extract(jar, service);
		List<String> command = new ArrayList<>();
		command.add(java);
		if (!throughputProfile()) {
			command.add("-XX:TieredStopAtLevel=1");
		}
		command.add("-XX:+UseSerialGC");
		command.add("-XX:ActiveProcessorCount=1");
		command.add("-Xss512k");
		command.add("-Xms32m");
		command.add("-Xmx" + System.getenv().getOrDefault("SHOP_SERVICE_HEAP", "192m"));
		command.add("-XX:ReservedCodeCacheSize=" + (throughputProfile() ? "96m" : "48m"));
		command.add("-XX:MaxMetaspaceSize=192m");
		Path cacheDir = extracted.getParent();
		if (!this.startupCache) {
			command.add("-Xshare:auto");
		}
		else if (this.javaFeature >= 25) {
			Path cache = cacheDir.resolve(service.name() + ".aot");
			if (Files.exists(cache)) {
				command.add("-XX:AOTCache=" + cache);
			}
			else {
				command.add("-XX:AOTCacheOutput=" + cache);
			}
		}
		else {
			command.add("-XX:+AutoCreateSharedArchive");
			command.add("-XX:SharedArchiveFile=" + cacheDir.resolve(service.name() + ".jsa"));
		}
		command.add("-jar");
		command.add(extracted.toString());
		return command;
	}

	/**
	 * {@code SHOP_JVM_PROFILE=throughput} keeps the JIT's optimizing tier (C2): slower to
	 * warm up and a little more memory, but what load tests should measure. The default,
	 * {@code small}, stops at C1.
	 */
	static boolean throughputProfile() {
		return "throughput".equalsIgnoreCase(System.getenv().getOrDefault("SHOP_JVM_PROFILE", "small"));
	}

	private Path extract(Path jar, FleetService service) {
		Path dir = this.layout.apps().resolve(service.name());
		Path stamp = dir.resolve("jar.stamp");
		try {
			String current = Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
			Path extracted = dir.resolve("app").resolve(service.name() + ".jar");
			if (Files.exists(stamp) && Files.readString(stamp).equals(current) && Files.exists(extracted)) {
				return extracted;
			}
			deleteRecursively(dir);
			Files.createDirectories(dir);
			Process process = new ProcessBuilder(javaOf(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
					"--destination", dir.resolve("app").toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("Could not extract " + jar);
			}
			Files.writeString(stamp, current);
			return extracted;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String javaOf() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}

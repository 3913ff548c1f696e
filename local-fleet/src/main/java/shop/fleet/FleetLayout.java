package shop.fleet;

import java.nio.file.Path;

/**
 * Where the launcher finds the built jars and keeps its local state: everything it writes
 * lives under {@code .fleet/} (git-ignored).
 *
 * @param root the repository's root directory
 * @param home the state directory, normally {@code root/.fleet}
 */
public record FleetLayout(Path root, Path home) {

	public static FleetLayout of(Path root) {
		return new FleetLayout(root.toAbsolutePath().normalize(), root.toAbsolutePath().normalize().resolve(".fleet"));
	}

	public Path jar(FleetService service) {
		return this.root.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
	}

	public Path logs() {
		return this.home.resolve("logs");
	}

	public Path log(String name) {
		return logs().resolve(name + ".log");
	}

	public Path pgdata() {
		return this.home.resolve("pgdata");
	}

	public Path secrets() {
		return this.home.resolve("secrets.properties");
	}

	public Path pidFile() {
		return this.home.resolve("fleet.pid");
	}

	public Path stateFile() {
		return this.home.resolve("state.properties");
	}

	public Path pids() {
		return this.home.resolve("pids");
	}

	public Path apps() {
		return this.home.resolve("apps");
	}

	public Path logStore() {
		return this.home.resolve("log-store");
	}

}

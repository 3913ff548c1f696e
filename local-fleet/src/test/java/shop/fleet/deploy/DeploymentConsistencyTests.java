package shop.fleet.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import shop.fleet.Fleet;
import shop.fleet.FleetService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Keeps the deployment files in step with the fleet the launcher runs
 * ({@link Fleet#SERVICES}: names, DESIGN ports, database roles, start waves):
 * docker-compose.yml, the Kubernetes base in deploy/k8s/base, the Dockerfile's module
 * list, the database init script and deploy/generate-env.sh. Files are read relative to
 * the repository root; the test runs in local-fleet/.
 */
class DeploymentConsistencyTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern DEFAULT_PORT = Pattern.compile("port:\\s*\\$\\{SERVER_PORT:(\\d+)}");

	private static final Set<String> AUTOSCALED = Set.of("gateway", "catalog-service", "orders-service");

	// ---- the modules
	// --------------------------------------------------------------------

	@Test
	void everyDeployableIsAModuleOfTheBuildAnsweringOnItsPort() throws IOException {
		String rootPom = Files.readString(ROOT.resolve("pom.xml"));
		for (FleetService service : Fleet.SERVICES) {
			assertThat(rootPom).as("root pom.xml modules").contains("<module>" + service.module() + "</module>");
			Path applicationYml = ROOT.resolve(service.module()).resolve("src/main/resources/application.yml");
			Matcher port = DEFAULT_PORT.matcher(Files.readString(applicationYml));
			assertThat(port.find()).as("%s declares port: ${SERVER_PORT:...}", applicationYml).isTrue();
			assertThat(Integer.parseInt(port.group(1))).as("%s default port", service.name())
				.isEqualTo(service.basePort());
		}
	}

	@Test
	void fleetPortsAreTheDesignPorts() throws IOException {
		Path design = ROOT.resolveSibling("shared").resolve("DESIGN.md");
		assumeTrue(Files.exists(design), "shared/DESIGN.md is not beside the repository");
		Map<String, Integer> designPorts = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\|\\s*([a-z-]+)\\s*\\|\\s*(\\d{4})\\s*\\|")
			.matcher(Files.readString(design));
		while (row.find()) {
			designPorts.put(row.group(1), Integer.parseInt(row.group(2)));
		}
		assertThat(designPorts).isNotEmpty();
		designPorts
			.forEach((module, port) -> assertThat(Fleet.named(module).basePort()).as("%s's port in DESIGN §1", module)
				.isEqualTo(port));
	}

	// ---- docker-compose.yml
	// ---------------------------------------------------------------

	@Test
	void composeRunsEveryDeployableOnItsPortFromTheSharedDockerfile() throws IOException {
		Map<String, Object> services = composeServices();
		for (FleetService service : Fleet.SERVICES) {
			assertThat(services).as("docker-compose.yml services").containsKey(service.name());
			Map<String, Object> definition = map(services.get(service.name()));
			Map<String, Object> build = map(definition.get("build"));
			assertThat(build.get("context")).as("%s build context", service.name()).isEqualTo(".");
			assertThat(map(build.get("args")).get("MODULE")).as("%s build arg MODULE", service.name())
				.isEqualTo(service.module());
			assertThat(String.valueOf(definition.get("image"))).startsWith("wholesale-shop/" + service.name() + ":");
			assertThat(environment(definition).get("SERVER_PORT")).as("%s SERVER_PORT", service.name())
				.isEqualTo(String.valueOf(service.basePort()));
		}
	}

	@Test
	void composeBuildsNothingTheFleetDoesNotKnow() throws IOException {
		Set<String> built = composeServices().entrySet()
			.stream()
			.filter((entry) -> map(entry.getValue()).containsKey("build"))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(built).containsExactlyInAnyOrderElementsOf(names());
	}

	@Test
	void composePublishesOnlyTheGatewayPort() throws IOException {
		Map<String, Object> services = composeServices();
		services.forEach((name, definition) -> {
			if (!name.equals("gateway")) {
				assertThat(map(definition)).as("%s publishes no port", name).doesNotContainKey("ports");
			}
		});
		List<Object> ports = list(map(services.get("gateway")).get("ports"));
		assertThat(ports).hasSize(1);
		assertThat(String.valueOf(ports.get(0))).endsWith(":" + Fleet.named("gateway").basePort());
	}

	@Test
	void composeGivesAManagementPortToWhatHasOneAndPublishesItNowhere() throws IOException {
		Map<String, Object> services = composeServices();
		for (FleetService service : Fleet.SERVICES) {
			Map<String, String> environment = environment(map(services.get(service.name())));
			if (service.hasManagementPort()) {
				assertThat(environment.get("MANAGEMENT_SERVER_PORT")).as("%s MANAGEMENT_SERVER_PORT", service.name())
					.isEqualTo(String.valueOf(service.baseManagementPort()));
				assertThat(String.valueOf(map(services.get(service.name())).get("ports")))
					.doesNotContain(String.valueOf(service.baseManagementPort()));
			}
			else {
				assertThat(environment).as("%s serves its actuator on its own port", service.name())
					.doesNotContainKey("MANAGEMENT_SERVER_PORT");
			}
		}
	}

	@Test
	void prometheusScrapesEveryDeployableWhereItsMetricsAre() throws IOException {
		Map<String, Object> prometheus = yamlDocuments(ROOT.resolve("deploy/prometheus/prometheus.yml")).get(0);
		Map<String, Object> job = map(list(prometheus.get("scrape_configs")).get(0));
		assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
		List<Object> targets = list(map(list(job.get("static_configs")).get(0)).get("targets"));
		assertThat(targets).map(String::valueOf)
			.containsExactlyInAnyOrderElementsOf(Fleet.SERVICES.stream()
				.filter((service) -> !service.name().equals("paypal-simulator"))
				.map((service) -> service.name() + ":" + service.baseMetricsPort())
				.toList());
	}

	@Test
	void composeServicesFindEachOtherByServiceName() throws IOException {
		Map<String, Object> services = composeServices();
		for (FleetService caller : Fleet.SERVICES) {
			Map<String, String> environment = environment(map(services.get(caller.name())));
			for (FleetService callee : Fleet.SERVICES) {
				assertThat(environment.get(callee.urlVariable())).as("%s's %s", caller.name(), callee.urlVariable())
					.isEqualTo("http://" + callee.name() + ":" + callee.basePort());
			}
			assertThat(environment.get("SHOP_REALTIME_WS_URL"))
				.isEqualTo("ws://realtime-service:" + Fleet.named("realtime-service").basePort());
			assertThat(environment.get("SHOP_INTERNAL_API_KEY")).contains("${" + variable(caller) + "_API_KEY");
			for (FleetService other : Fleet.SERVICES) {
				assertThat(environment.get("SHOP_INTERNAL_CALLER_KEYS"))
					.contains(other.name() + "=${" + variable(other) + "_API_KEY");
			}
		}
	}

	@Test
	void composeGivesEachServiceItsOwnDatabaseRole() throws IOException {
		Map<String, Object> services = composeServices();
		Map<String, String> postgres = environment(map(services.get("postgres")));
		for (FleetService service : Fleet.SERVICES) {
			Map<String, String> environment = environment(map(services.get(service.name())));
			if (service.role() == null) {
				assertThat(environment).as("%s has no database login", service.name())
					.doesNotContainKeys("SHOP_DB_URL", "SHOP_DB_USER", "SHOP_DB_PASSWORD");
				continue;
			}
			assertThat(environment.get("SHOP_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/shop");
			assertThat(environment.get("SHOP_DB_USER")).as("%s's role", service.name()).isEqualTo(service.role());
			assertThat(environment.get("SHOP_DB_PASSWORD")).contains("${" + variable(service) + "_DB_PASSWORD");
			assertThat(postgres.get(variable(service) + "_DB_PASSWORD"))
				.as("the init script's password of %s", service.role())
				.contains("${" + variable(service) + "_DB_PASSWORD");
		}
	}

	@Test
	void composeStartsEachWaveOnceTheOneBeforeIsReady() throws IOException {
		Map<String, Object> services = composeServices();
		for (FleetService service : Fleet.SERVICES) {
			Map<String, Object> dependsOn = map(map(services.get(service.name())).getOrDefault("depends_on", Map.of()));
			if (service.role() != null) {
				assertThat(dependsOn).as("%s waits for PostgreSQL", service.name()).containsKey("postgres");
			}
			if (service.wave() > 1) {
				for (FleetService before : Fleet.wave(service.wave() - 1)) {
					assertThat(dependsOn).as("%s waits for %s", service.name(), before.name())
						.containsKey(before.name());
				}
			}
			dependsOn.forEach((name, condition) -> assertThat(map(condition).get("condition"))
				.as("%s -> %s", service.name(), name)
				.isIn("service_healthy", "service_completed_successfully"));
		}
	}

	@Test
	void databaseInitScriptCreatesEveryRoleAndSchema() throws IOException {
		String script = Files.readString(ROOT.resolve("deploy/postgres/init/10-shop-schemas.sh"));
		Set<String> entries = new LinkedHashSet<>();
		Matcher entry = Pattern.compile("\"([a-z-]+)\\|([a-z_]+)\\|([a-z_-]+)\"").matcher(script);
		while (entry.find()) {
			entries.add(entry.group(1) + "|" + entry.group(2) + "|" + entry.group(3));
		}
		List<String> expected = Fleet.SERVICES.stream()
			.filter((service) -> service.role() != null)
			.map((service) -> service.module() + "|" + service.role() + "|"
					+ ((service.schema() != null) ? service.schema() : "-"))
			.toList();
		assertThat(entries).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void generateEnvScriptKnowsEveryDeployableAndDatabaseLogin() throws IOException {
		String script = Files.readString(ROOT.resolve("deploy/generate-env.sh"));
		assertThat(words(script, "modules")).containsExactlyInAnyOrderElementsOf(names());
		assertThat(words(script, "database_modules")).containsExactlyInAnyOrderElementsOf(
				Fleet.SERVICES.stream().filter((service) -> service.role() != null).map(FleetService::module).toList());
	}

	// ---- Dockerfile
	// ---------------------------------------------------------------------

	@Test
	void dockerfileBuildsEveryDeployable() throws IOException {
		Matcher modules = Pattern.compile("(?m)^\\s*(gateway,[a-z,-]+)\\s*$")
			.matcher(Files.readString(ROOT.resolve("Dockerfile")));
		assertThat(modules.find()).as("the Dockerfile's -pl module list").isTrue();
		assertThat(List.of(modules.group(1).split(","))).containsExactlyInAnyOrderElementsOf(names());
	}

	// ---- deploy/k8s/base
	// ----------------------------------------------------------------

	@Test
	void kubernetesBaseListsOneFilePerDeployable() throws IOException {
		Map<String, Object> kustomization = yamlDocuments(ROOT.resolve("deploy/k8s/base/kustomization.yaml")).get(0);
		List<String> serviceFiles = list(kustomization.get("resources")).stream()
			.map(String::valueOf)
			.filter((resource) -> resource.startsWith("services/"))
			.toList();
		assertThat(serviceFiles).containsExactlyInAnyOrderElementsOf(
				Fleet.SERVICES.stream().map((service) -> "services/" + service.name() + ".yaml").toList());
	}

	@Test
	void kubernetesRunsEveryDeployableOnItsPortWithActuatorProbes() throws IOException {
		Map<String, Map<String, Object>> objects = kubernetesObjects();
		for (FleetService service : Fleet.SERVICES) {
			Map<String, Object> deployment = objects.get("Deployment/" + service.name());
			assertThat(deployment).as("Deployment %s", service.name()).isNotNull();
			Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
			List<Object> containers = list(podSpec.get("containers"));
			assertThat(containers).hasSize(1);
			Map<String, Object> container = map(containers.get(0));
			assertThat(String.valueOf(container.get("image"))).isEqualTo("wholesale-shop/" + service.module());
			Map<String, Object> containerPorts = new LinkedHashMap<>();
			list(container.get("ports")).forEach((port) -> containerPorts.put(String.valueOf(map(port).get("name")),
					map(port).get("containerPort")));
			Map<String, Object> expectedPorts = new LinkedHashMap<>();
			expectedPorts.put("http", service.basePort());
			if (service.hasManagementPort()) {
				expectedPorts.put("management", service.baseManagementPort());
				assertThat(kubernetesEnvironment(container).get("MANAGEMENT_SERVER_PORT"))
					.isEqualTo(String.valueOf(service.baseManagementPort()));
			}
			assertThat(containerPorts).as("%s's container ports", service.name()).isEqualTo(expectedPorts);
			assertThat(kubernetesEnvironment(container).get("SERVER_PORT"))
				.isEqualTo(String.valueOf(service.basePort()));
			assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
			assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
			if (!service.name().equals("paypal-simulator")) {
				Map<String, Object> annotations = map(
						map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("annotations"));
				assertThat(annotations.get("prometheus.io/port")).as("%s's scrape port", service.name())
					.isEqualTo(String.valueOf(service.baseMetricsPort()));
			}
			assertThat(map(container.get("resources"))).containsKeys("requests", "limits");

			Map<String, Object> kubernetesService = objects.get("Service/" + service.name());
			assertThat(kubernetesService).as("Service %s", service.name()).isNotNull();
			Map<String, Object> serviceSpec = map(kubernetesService.get("spec"));
			assertThat(map(serviceSpec.get("selector"))).containsEntry("app.kubernetes.io/name", service.name());
			assertThat(list(serviceSpec.get("ports"))).singleElement()
				.satisfies((port) -> assertThat(map(port).get("port")).isEqualTo(service.basePort()));
			assertThat(objects).as("PodDisruptionBudget %s", service.name())
				.containsKey("PodDisruptionBudget/" + service.name());
		}
	}

	@Test
	void kubernetesGivesEachServiceItsOwnDatabaseRoleAndApiKey() throws IOException {
		Map<String, Map<String, Object>> objects = kubernetesObjects();
		for (FleetService service : Fleet.SERVICES) {
			Map<String, Object> container = map(list(
					map(map(map(objects.get("Deployment/" + service.name()).get("spec")).get("template")).get("spec"))
						.get("containers"))
				.get(0));
			Map<String, String> environment = kubernetesEnvironment(container);
			assertThat(environment.get("SHOP_INTERNAL_API_KEY")).isEqualTo("secret:" + variable(service) + "_API_KEY");
			if (service.role() != null) {
				assertThat(environment.get("SHOP_DB_USER")).as("%s's role", service.name()).isEqualTo(service.role());
				assertThat(environment.get("SHOP_DB_PASSWORD"))
					.isEqualTo("secret:" + variable(service) + "_DB_PASSWORD");
			}
			else {
				assertThat(environment).as("%s has no database login", service.name())
					.doesNotContainKeys("SHOP_DB_USER", "SHOP_DB_PASSWORD");
			}
		}
	}

	@Test
	void kubernetesServicesFindEachOtherByServiceName() throws IOException {
		Properties common = new Properties();
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/k8s/base/config/shop-common.env"))) {
			common.load(reader);
		}
		for (FleetService service : Fleet.SERVICES) {
			assertThat(common.getProperty(service.urlVariable())).as(service.urlVariable())
				.isEqualTo("http://" + service.name() + ":" + service.basePort());
		}
		assertThat(common.getProperty("SHOP_REALTIME_WS_URL"))
			.isEqualTo("ws://realtime-service:" + Fleet.named("realtime-service").basePort());
	}

	@Test
	void kubernetesAutoscalesGatewayCatalogAndOrdersAndRoutesTheIngressToTheGateway() throws IOException {
		Map<String, Map<String, Object>> objects = kubernetesObjects();
		Set<String> autoscaled = objects.keySet()
			.stream()
			.filter((key) -> key.startsWith("HorizontalPodAutoscaler/"))
			.map((key) -> key.substring("HorizontalPodAutoscaler/".length()))
			.collect(Collectors.toSet());
		assertThat(autoscaled).isEqualTo(AUTOSCALED);
		for (String name : AUTOSCALED) {
			assertThat(map(objects.get("Deployment/" + name).get("spec")))
				.as("%s's replicas belong to its autoscaler", name)
				.doesNotContainKey("replicas");
		}
		Map<String, Object> ingress = yamlDocuments(ROOT.resolve("deploy/k8s/base/ingress.yaml")).get(0);
		Map<String, Object> backend = map(
				map(list(map(map(list(map(ingress.get("spec")).get("rules")).get(0)).get("http")).get("paths")).get(0))
					.get("backend"));
		assertThat(map(backend.get("service")).get("name")).isEqualTo("gateway");
	}

	// ---- helpers
	// --------------------------------------------------------------------------

	private static List<String> names() {
		return Fleet.SERVICES.stream().map(FleetService::name).toList();
	}

	private static String variable(FleetService service) {
		return service.module().toUpperCase(Locale.ROOT).replace('-', '_');
	}

	private static List<String> words(String script, String array) {
		Matcher matcher = Pattern.compile("(?m)^" + array + "=\\(([^)]*)\\)").matcher(script);
		assertThat(matcher.find()).as("%s=( ... ) in the script", array).isTrue();
		return List.of(matcher.group(1).trim().split("\\s+"));
	}

	private static Map<String, Object> composeServices() throws IOException {
		return map(yamlDocuments(ROOT.resolve("docker-compose.yml")).get(0).get("services"));
	}

	private static Map<String, String> environment(Map<String, Object> service) {
		Map<String, String> environment = new LinkedHashMap<>();
		map(service.getOrDefault("environment", Map.of()))
			.forEach((key, value) -> environment.put(key, String.valueOf(value)));
		return environment;
	}

	private static Map<String, Map<String, Object>> kubernetesObjects() throws IOException {
		Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s/base/services"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yaml")).sorted().toList()) {
				for (Map<String, Object> object : yamlDocuments(file)) {
					objects.put(object.get("kind") + "/" + map(object.get("metadata")).get("name"), object);
				}
			}
		}
		return objects;
	}

	/**
	 * The container's environment, a secret reference written as {@code secret:KEY}.
	 */
	private static Map<String, String> kubernetesEnvironment(Map<String, Object> container) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Object entry : list(container.get("env"))) {
			Map<String, Object> variable = map(entry);
			Object valueFrom = variable.get("valueFrom");
			if (valueFrom != null && map(valueFrom).containsKey("secretKeyRef")) {
				environment.put(String.valueOf(variable.get("name")),
						"secret:" + map(map(valueFrom).get("secretKeyRef")).get("key"));
			}
			else {
				environment.put(String.valueOf(variable.get("name")), String.valueOf(variable.get("value")));
			}
		}
		return environment;
	}

	private static String probePath(Map<String, Object> container, String probe) {
		return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
	}

	private static List<Map<String, Object>> yamlDocuments(Path file) throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(500);
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : new Yaml(new SafeConstructor(options)).loadAll(reader)) {
				if (document != null) {
					documents.add(map(document));
				}
			}
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}

}

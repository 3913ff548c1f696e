package shop.common.test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every service's wiring test makes against its running server: it is ready
 * (with its database where it has one), exposes metrics, answers unknown paths with a
 * problem, and keeps its internal API closed to callers without a key.
 */
public final class ServiceWiringChecks {

	private ServiceWiringChecks() {
	}

	public static void check(int port) {
		String base = "http://localhost:" + port;
		HttpResponse<String> readiness = Http.get(base + "/actuator/health/readiness");
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
		assertThat(Http.get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = Http.get(base + "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		HttpResponse<String> internal = Http.post(base + "/internal/anything", "{}");
		assertThat(internal.statusCode()).isEqualTo(401);
		assertThat(internal.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> wrongKey = Http.post(base + "/internal/anything", "{}", "X-Api-Key", "not-a-key");
		assertThat(wrongKey.statusCode()).isEqualTo(401);
	}

	/**
	 * An unknown path under {@code /api} answers with a problem (401 without a token
	 * where the service requires one, 404 otherwise), never an HTML error page.
	 */
	public static void checkUnknownPath(int port, String bearerToken) {
		HttpResponse<String> unknown = Http.get("http://localhost:" + port + "/api/no-such-thing", "Authorization",
				"Bearer " + bearerToken);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unknown.body()).contains("\"status\":404").doesNotContain("<html");
	}

}

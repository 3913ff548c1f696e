package shop.health.fleet;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One component's health.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param latencyMs how long the check took
 * @param details what the check found
 */
public record ComponentHealth(@Schema(allowableValues = {
		"UP", "DOWN" }, example = "UP") String status, @Schema(example = "12") long latencyMs,
		@Schema(description = "What the check found", example = "{\"status\": \"UP\"}") Map<String, Object> details){

	public static final String UP = "UP";

	public static final String DOWN = "DOWN";

	static ComponentHealth up(long latencyMs, Map<String, Object> details) {
		return new ComponentHealth(UP, latencyMs, Map.copyOf(details));
	}

	static ComponentHealth down(long latencyMs, Map<String, Object> details) {
		return new ComponentHealth(DOWN, latencyMs, Map.copyOf(details));
	}

	boolean isUp() {
		return UP.equals(this.status);
	}

}

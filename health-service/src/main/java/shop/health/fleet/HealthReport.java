package shop.health.fleet;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fleet's health: {@code UP}, {@code DEGRADED} or {@code DOWN}, when it was checked,
 * and every component's own health.
 *
 * @param status the verdict
 * @param checkedAt when the checks ran
 * @param components each component by name
 */
public record HealthReport(@Schema(allowableValues = {
		"UP", "DEGRADED", "DOWN" }, example = "DEGRADED") String status,
		@Schema(example = "2026-03-14T09:26:53Z") Instant checkedAt,
		@Schema(description = "By name: every service, database, cache and log-store") Map<String, ComponentHealth> components){

	public static final String DEGRADED = "DEGRADED";

}

package shop.health.fleet;

import java.time.Instant;
import java.util.Map;

/**
 * The fleet's health: {@code UP}, {@code DEGRADED} or {@code DOWN}, when it was checked,
 * and every component's own health.
 *
 * @param status the verdict
 * @param checkedAt when the checks ran
 * @param components each component by name
 */
public record HealthReport(String status, Instant checkedAt, Map<String, ComponentHealth> components) {

	public static final String DEGRADED = "DEGRADED";

}

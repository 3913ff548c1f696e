package shop.health.fleet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.common.openapi.ProblemOpenApiCustomizer;
import shop.health.fleet.ComponentHealth;
import shop.health.fleet.FleetHealth;
import shop.health.fleet.HealthReport;

/**
 * The aggregated health: 200 when {@code UP} or {@code DEGRADED}, 503 when {@code DOWN}.
 */
@RestController
@Tag(name = "Health", description = "The fleet's aggregated health, for operators")
class HealthController {

	private final FleetHealth health;

	HealthController(FleetHealth health) {
		this.health = health;
	}

	@GetMapping("/api/health")
	@Operation(summary = "The fleet's health",
			description = "Checks every service, the database, the cache and the log store in parallel, each within "
					+ "its timeout. DOWN when the gateway, a core service or the database is down; DEGRADED when only "
					+ "rating, realtime, log-service, the log store or the cache is.")
	@ApiResponse(responseCode = "200", description = "UP or DEGRADED")
	@ApiResponse(responseCode = "503", description = "DOWN: the report says which component failed",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthReport.class)),
			extensions = @Extension(
					properties = @ExtensionProperty(name = ProblemOpenApiCustomizer.OWN_BODY, value = "true")))
	ResponseEntity<HealthReport> health() {
		HealthReport report = this.health.current();
		return ResponseEntity
			.status(ComponentHealth.DOWN.equals(report.status()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
			.body(report);
	}

}

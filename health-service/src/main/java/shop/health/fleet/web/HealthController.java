package shop.health.fleet.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.health.fleet.ComponentHealth;
import shop.health.fleet.FleetHealth;
import shop.health.fleet.HealthReport;

/**
 * The aggregated health: 200 when {@code UP} or {@code DEGRADED}, 503 when {@code DOWN}.
 */
@RestController
class HealthController {

	private final FleetHealth health;

	HealthController(FleetHealth health) {
		this.health = health;
	}

	@GetMapping("/api/health")
	ResponseEntity<HealthReport> health() {
		HealthReport report = this.health.current();
		return ResponseEntity
			.status(ComponentHealth.DOWN.equals(report.status()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
			.body(report);
	}

}

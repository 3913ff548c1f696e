package shop.logs.probe.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.logs.probe.StoreProbe;

/**
 * Probes the object store for health-service.
 */
@RestController
class StoreProbeController {

	private final StoreProbe probe;

	StoreProbeController(StoreProbe probe) {
		this.probe = probe;
	}

	@PostMapping("/internal/logs/probe")
	@InternalApi(callers = "health-service")
	StoreProbe.Result probe() {
		return this.probe.probe();
	}

}

package shop.logs.ingest.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.logs.ingest.LogIngestService;
import shop.logs.ingest.LogIngestService.IncomingEvent;

/**
 * Takes batches of log events from every service.
 */
@RestController
class LogIngestController {

	private final LogIngestService ingest;

	LogIngestController(LogIngestService ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/internal/logs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@InternalApi(callers = { "gateway", "auth-service", "catalog-service", "pricing-service", "fulfillment-service",
			"cart-service", "payment-service", "orders-service", "rating-service", "realtime-service", "health-service",
			"paypal-simulator" })
	IngestResponse ingest(@RequestBody IngestRequest request) {
		return new IngestResponse(this.ingest.ingest(request.events()));
	}

	/**
	 * A batch of up to 1,000 events.
	 */
	record IngestRequest(List<IncomingEvent> events) {

	}

	/**
	 * How many events were accepted.
	 */
	record IngestResponse(int accepted) {

	}

}

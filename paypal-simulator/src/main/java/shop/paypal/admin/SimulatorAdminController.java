package shop.paypal.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.paypal.api.PayPalError;
import shop.paypal.checkout.OrderBook;
import shop.paypal.checkout.RequestIdempotency;
import shop.paypal.faults.Fault;
import shop.paypal.faults.FaultMode;
import shop.paypal.faults.Faults;
import shop.paypal.faults.Operation;
import shop.paypal.notifications.WebhookSignatures;
import shop.paypal.oauth.AccessTokens;

/**
 * Test-only controls: {@code POST /simulator/faults} arms a fault for the next calls of
 * an operation, {@code GET /simulator/ledger} shows every order's captures and refunds
 * (so a test can check that an order was charged once), {@code POST
 * /simulator/webhooks/signatures} signs a webhook transmission, and
 * {@code POST /simulator/reset} forgets everything.
 */
@RestController
@RequestMapping("/simulator")
class SimulatorAdminController {

	private final Faults faults;

	private final OrderBook book;

	private final RequestIdempotency idempotency;

	private final AccessTokens tokens;

	private final WebhookSignatures signatures;

	private final Clock clock;

	SimulatorAdminController(Faults faults, OrderBook book, RequestIdempotency idempotency, AccessTokens tokens,
			WebhookSignatures signatures, Clock clock) {
		this.faults = faults;
		this.book = book;
		this.idempotency = idempotency;
		this.tokens = tokens;
		this.signatures = signatures;
		this.clock = clock;
	}

	@PostMapping("/faults")
	ResponseEntity<List<Fault>> arm(@RequestBody FaultRequest request) {
		FaultMode mode = request.mode();
		Operation operation = (request.operation() != null) ? request.operation()
				: (mode == FaultMode.APPROVE_LATE) ? Operation.APPROVE : null;
		if (mode == null || operation == null) {
			throw invalid("operation and mode are required");
		}
		boolean fits = switch (mode) {
			case DECLINE -> operation == Operation.CAPTURE || operation == Operation.REFUND;
			case APPROVE_LATE -> operation == Operation.APPROVE;
			case ERROR_500, TIMEOUT -> operation != Operation.APPROVE;
		};
		if (!fits) {
			throw invalid(mode + " does not apply to " + operation);
		}
		int times = (request.times() != null) ? request.times() : 1;
		if (times < 1) {
			throw invalid("times must be at least 1");
		}
		Duration delay = (request.delayMs() != null) ? Duration.ofMillis(request.delayMs()) : null;
		this.faults.arm(new Fault(operation, mode, times, delay));
		return ResponseEntity.status(HttpStatus.CREATED).body(this.faults.armed());
	}

	@GetMapping("/faults")
	List<Fault> faults() {
		return this.faults.armed();
	}

	@DeleteMapping("/faults")
	ResponseEntity<Void> clearFaults() {
		this.faults.clear();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/ledger")
	Ledger ledger() {
		List<OrderBook.LedgerEntry> orders = this.book.ledger();
		return new Ledger(orders, orders.stream().mapToInt((order) -> order.captures().size()).sum(),
				orders.stream().mapToInt((order) -> order.refunds().size()).sum(), this.tokens.issued());
	}

	@PostMapping("/webhooks/signatures")
	Transmission sign(@RequestBody SignRequest request) {
		if (request.webhookId() == null || request.eventId() == null) {
			throw invalid("webhook_id and event_id are required");
		}
		String transmissionId = UUID.randomUUID().toString();
		String time = this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
		return new Transmission(transmissionId, time,
				this.signatures.sign(transmissionId, time, request.webhookId(), request.eventId()),
				WebhookSignatures.AUTH_ALGO, "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-SIMULATOR");
	}

	@PostMapping("/reset")
	ResponseEntity<Void> reset() {
		this.faults.clear();
		this.book.clear();
		this.idempotency.clear();
		this.tokens.reset();
		return ResponseEntity.noContent().build();
	}

	private static PayPalError invalid(String description) {
		return PayPalError.invalidRequest("/", "INVALID_PARAMETER_VALUE", description);
	}

	/**
	 * {@code {operation, mode, times?, delay_ms?}}.
	 */
	record FaultRequest(Operation operation, FaultMode mode, Integer times, Long delayMs) {
	}

	record Ledger(List<OrderBook.LedgerEntry> orders, int captures, int refunds, int tokensIssued) {
	}

	record SignRequest(String webhookId, String eventId) {
	}

	/**
	 * The headers of a signed webhook transmission ({@code PAYPAL-TRANSMISSION-ID},
	 * {@code PAYPAL-TRANSMISSION-TIME}, {@code PAYPAL-TRANSMISSION-SIG},
	 * {@code PAYPAL-AUTH-ALGO}, {@code PAYPAL-CERT-URL}).
	 */
	record Transmission(String transmissionId, String transmissionTime, String transmissionSig, String authAlgo,
			String certUrl) {
	}

}

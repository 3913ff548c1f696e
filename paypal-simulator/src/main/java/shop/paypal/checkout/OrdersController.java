package shop.paypal.checkout;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import shop.paypal.SimulatorProperties;
import shop.paypal.api.DebugIds;
import shop.paypal.api.Money;
import shop.paypal.api.PayPalError;
import shop.paypal.faults.Fault;
import shop.paypal.faults.FaultMode;
import shop.paypal.faults.Faults;
import shop.paypal.faults.Operation;

/**
 * Orders v2 ({@code /v2/checkout/orders}), the refund of Payments v2
 * ({@code /v2/payments/captures/{id}/refund}) and the payer's approval page
 * ({@code /checkoutnow?token=}).
 */
@RestController
class OrdersController {

	private static final String REQUEST_ID = "PayPal-Request-Id";

	private final OrderBook book;

	private final RequestIdempotency idempotency;

	private final Faults faults;

	private final SimulatorProperties properties;

	private final Clock clock;

	OrdersController(OrderBook book, RequestIdempotency idempotency, Faults faults, SimulatorProperties properties,
			Clock clock) {
		this.book = book;
		this.idempotency = idempotency;
		this.faults = faults;
		this.properties = properties;
		this.clock = clock;
	}

	@PostMapping(path = "/v2/checkout/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@RequestHeader(name = REQUEST_ID, required = false) String requestId,
			@RequestHeader(name = "Prefer", required = false) String prefer, @RequestBody OrderRequest request) {
		OrderViews views = views();
		return this.idempotency.once("create", requestId, () -> {
			Duration delay = this.faults.strike(Operation.CREATE_ORDER, PayPalError::internal);
			Money amount = OrderValidation.validate(request);
			Instant now = this.clock.instant();
			SimulatedOrder order = new SimulatedOrder(DebugIds.resourceId(17), request, amount, now);
			this.book.add(order);
			Object body = representation(prefer) ? views.full(order, now) : views.minimal(order, now);
			return new RequestIdempotency.Outcome(debug(ResponseEntity.status(HttpStatus.CREATED)).body(body), delay);
		}).deliver();
	}

	@GetMapping("/v2/checkout/orders/{orderId}")
	ResponseEntity<?> show(@PathVariable String orderId) {
		Duration delay = this.faults.strike(Operation.GET_ORDER, PayPalError::internal);
		SimulatedOrder order = this.book.order(orderId);
		ResponseEntity<?> response = debug(ResponseEntity.ok()).body(views().full(order, this.clock.instant()));
		return new RequestIdempotency.Outcome(response, delay).deliver();
	}

	@PostMapping("/v2/checkout/orders/{orderId}/capture")
	ResponseEntity<?> capture(@PathVariable String orderId,
			@RequestHeader(name = REQUEST_ID, required = false) String requestId,
			@RequestBody(required = false) String ignoredBody) {
		OrderViews views = views();
		return this.idempotency.once("capture", requestId, () -> {
			SimulatedOrder order = this.book.order(orderId);
			Duration delay = this.faults.strike(Operation.CAPTURE, () -> PayPalError.unprocessable(
					"INSTRUMENT_DECLINED",
					"The instrument presented was either declined by the processor or bank, or it can't be used for this payment."));
			Instant now = this.clock.instant();
			SimulatedOrder.Capture capture = order.capture(now);
			this.book.captured(order, capture);
			return new RequestIdempotency.Outcome(
					debug(ResponseEntity.status(HttpStatus.CREATED)).body(views.full(order, now)), delay);
		}).deliver();
	}

	@PostMapping("/v2/payments/captures/{captureId}/refund")
	ResponseEntity<?> refund(@PathVariable String captureId,
			@RequestHeader(name = REQUEST_ID, required = false) String requestId,
			@RequestBody(required = false) RefundRequest request) {
		OrderViews views = views();
		return this.idempotency.once("refund", requestId, () -> {
			SimulatedOrder order = this.book.orderOfCapture(captureId);
			Duration delay = this.faults.strike(Operation.REFUND,
					() -> PayPalError.unprocessable("REFUND_FAILED_INSUFFICIENT_FUNDS",
							"Capture could not be refunded due to insufficient funds."));
			SimulatedOrder.Refund refund = order.refund((request != null) ? request.amount() : null,
					this.clock.instant());
			return new RequestIdempotency.Outcome(
					debug(ResponseEntity.status(HttpStatus.CREATED)).body(views.refund(refund)), delay);
		}).deliver();
	}

	/**
	 * The payer's approval: approves the order (late, when an {@code APPROVE_LATE} fault
	 * is armed) and sends the browser back to the order's return URL with PayPal's
	 * {@code token} and {@code PayerID} parameters, or to its cancel URL when the payer
	 * cancels.
	 */
	@GetMapping("/checkoutnow")
	ResponseEntity<?> approve(@RequestParam String token, @RequestParam(required = false) String cancel) {
		SimulatedOrder order = this.book.order(token);
		if (cancel != null && order.request().cancelUrl() != null) {
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create(withParameters(order.request().cancelUrl(), "token=" + token)))
				.build();
		}
		Instant now = this.clock.instant();
		Instant effective = this.faults.take(Operation.APPROVE)
			.filter((fault) -> fault.mode() == FaultMode.APPROVE_LATE)
			.map(Fault::delay)
			.map(now::plus)
			.orElse(now);
		String payerId = order.approve(now, effective);
		String returnUrl = order.request().returnUrl();
		if (returnUrl == null) {
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_HTML)
				.body("<!doctype html><title>PayPal simulator</title><p>Order " + token + " approved by payer "
						+ payerId + ".</p>");
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(withParameters(returnUrl, "token=" + token + "&PayerID=" + payerId)))
			.build();
	}

	private OrderViews views() {
		String api = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String web = (this.properties.webUrl() != null && !this.properties.webUrl().isBlank())
				? this.properties.webUrl().replaceAll("/+$", "") : api;
		return new OrderViews(api, web);
	}

	private static boolean representation(String prefer) {
		return prefer != null && prefer.contains("return=representation");
	}

	private static ResponseEntity.BodyBuilder debug(ResponseEntity.BodyBuilder builder) {
		return builder.header("Paypal-Debug-Id", DebugIds.debugId()).contentType(MediaType.APPLICATION_JSON);
	}

	private static String withParameters(String url, String parameters) {
		return url + (url.contains("?") ? "&" : "?") + parameters;
	}

	record RefundRequest(Money amount, String noteToPayer, String invoiceId) {
	}

}

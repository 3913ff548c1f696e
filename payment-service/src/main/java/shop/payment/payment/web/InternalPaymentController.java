package shop.payment.payment.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.payment.payment.PaymentService;

/**
 * Payments for orders-service (docs/internal-api.md, payment-service): only its API key
 * may create, capture, refund, void or read a payment. Every call is safe to repeat.
 */
@RestController
@RequestMapping("/internal/payments")
@InternalApi(callers = "orders-service")
class InternalPaymentController {

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final PaymentService payments;

	InternalPaymentController(PaymentService payments) {
		this.payments = payments;
	}

	/**
	 * 201 with the new payment and its approval URL; 200 with the same payment for a
	 * repeat.
	 */
	@PostMapping
	ResponseEntity<PaymentResponse> create(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			@Valid @RequestBody CreatePaymentRequest request) {
		PaymentService.Created created = this.payments.create(request.toCommand(), key);
		PaymentResponse body = PaymentResponse.of(created.payment());
		return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/internal/payments/" + body.paymentId()))
			.body(body);
	}

	@PostMapping("/{paymentId}/capture")
	PaymentResponse capture(@PathVariable UUID paymentId,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		return PaymentResponse.of(this.payments.capture(paymentId, key));
	}

	@PostMapping("/{paymentId}/refund")
	PaymentResponse refund(@PathVariable UUID paymentId,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
		return PaymentResponse.of(this.payments.refund(paymentId, key));
	}

	/**
	 * Voiding needs no key: abandoning a payment is the same however often it is asked.
	 */
	@PostMapping("/{paymentId}/void")
	PaymentResponse voidPayment(@PathVariable UUID paymentId) {
		return PaymentResponse.of(this.payments.voidPayment(paymentId));
	}

	@GetMapping("/{paymentId}")
	PaymentResponse payment(@PathVariable UUID paymentId) {
		return PaymentResponse.of(this.payments.get(paymentId));
	}

}

package shop.orders.client;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * payment-service: PayPal orders, captures, refunds and voids. Only orders-service may
 * use it; every state change carries an {@code Idempotency-Key}, so a repeated capture
 * answers the first capture and never charges twice.
 */
@FeignClient(name = "payment-service", url = "${shop.services.payment-service}")
public interface PaymentClient {

	@PostMapping("/internal/payments")
	PaymentView create(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@RequestBody CreatePayment request);

	/**
	 * Captures an approved payment; 409 {@code PAYMENT_NOT_APPROVED}, 422
	 * {@code PAYMENT_DECLINED}.
	 */
	@PostMapping("/internal/payments/{paymentId}/capture")
	PaymentView capture(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@PathVariable("paymentId") UUID paymentId);

	@PostMapping("/internal/payments/{paymentId}/refund")
	PaymentView refund(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@PathVariable("paymentId") UUID paymentId);

	/**
	 * Abandons an uncaptured payment.
	 */
	@PostMapping("/internal/payments/{paymentId}/void")
	PaymentView voidPayment(@RequestHeader(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
			@PathVariable("paymentId") UUID paymentId);

	@GetMapping("/internal/payments/{paymentId}")
	PaymentView get(@PathVariable("paymentId") UUID paymentId);

	record CreatePayment(UUID orderId, Money amount, List<Item> items, String returnUrl, String cancelUrl) {

	}

	record Item(String sku, String name, int quantity, Money unitPrice) {

	}

	/**
	 * A payment as payment-service answers it; {@code status} is one of
	 * {@code CREATED, APPROVED, CAPTURED, REFUNDED, VOIDED, FAILED}.
	 */
	record PaymentView(UUID paymentId, UUID orderId, String provider, String status, String approvalUrl,
			String reference, String captureReference, Money amount) {

	}

}

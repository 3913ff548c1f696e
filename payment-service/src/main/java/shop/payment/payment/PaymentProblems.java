package shop.payment.payment;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * Payment outcomes a caller acts on, each with its stable code; PayPal's debug id comes
 * along where PayPal gave one.
 */
final class PaymentProblems {

	private PaymentProblems() {
	}

	static ShopException notFound(UUID paymentId) {
		return ShopException.notFound("Payment", paymentId);
	}

	static ShopException notApproved(UUID paymentId) {
		return ShopException.conflict("PAYMENT_NOT_APPROVED", "Payment not approved",
				"The payer has not approved payment " + paymentId + " at PayPal yet");
	}

	static ShopException declined(UUID paymentId, String debugId) {
		return withDebugId(ShopException.unprocessable("PAYMENT_DECLINED", "Payment declined",
				"PayPal declined payment " + paymentId), debugId);
	}

	static ShopException rejected(UUID paymentId, String issue, String debugId) {
		return withDebugId(ShopException.unprocessable("PAYMENT_REJECTED", "Payment rejected",
				"PayPal refused payment " + paymentId + " (" + issue + ")"), debugId);
	}

	static ShopException refundRejected(UUID paymentId, String issue, String debugId) {
		return withDebugId(ShopException.unprocessable("REFUND_REJECTED", "Refund rejected",
				"PayPal refused to refund payment " + paymentId + " (" + issue + ")"), debugId);
	}

	static ShopException amountMismatch(UUID paymentId) {
		return ShopException.unprocessable("PAYMENT_AMOUNT_MISMATCH", "Payment amount mismatch",
				"PayPal's amount for payment " + paymentId + " differs from the order's; it was not accepted");
	}

	static ShopException voided(UUID paymentId) {
		return ShopException.conflict("PAYMENT_VOIDED", "Payment voided", "Payment " + paymentId + " was voided");
	}

	static ShopException refunded(UUID paymentId) {
		return ShopException.conflict("PAYMENT_REFUNDED", "Payment refunded",
				"Payment " + paymentId + " was captured and refunded");
	}

	static ShopException alreadyCaptured(UUID paymentId) {
		return ShopException.conflict("PAYMENT_ALREADY_CAPTURED", "Payment already captured",
				"Payment " + paymentId + " was captured; refund it instead");
	}

	static ShopException notCaptured(UUID paymentId) {
		return ShopException.conflict("PAYMENT_NOT_CAPTURED", "Payment not captured",
				"Payment " + paymentId + " has no capture to refund");
	}

	static ShopException orderMismatch(UUID orderId) {
		return ShopException.conflict("PAYMENT_CONFLICT", "Payment conflict",
				"A payment of another amount already exists for order " + orderId);
	}

	static ShopException unavailable(String debugId) {
		return withDebugId(
				new ShopException(HttpStatus.SERVICE_UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE",
						"Payment provider unavailable",
						"PayPal could not be reached or failed; repeat the request with the same Idempotency-Key"),
				debugId);
	}

	private static ShopException withDebugId(ShopException problem, String debugId) {
		return (debugId != null) ? problem.with("paypalDebugId", debugId) : problem;
	}

}

package shop.paypal.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.paypal.api.DebugIds;
import shop.paypal.api.PayPalError;
import shop.paypal.faults.Faults;
import shop.paypal.faults.Operation;

/**
 * {@code POST /v1/notifications/verify-webhook-signature}: answers
 * {@code verification_status} {@code SUCCESS} or {@code FAILURE} like PayPal; a request
 * missing a field answers 400 {@code VALIDATION_ERROR}.
 */
@RestController
class NotificationsController {

	private final WebhookSignatures signatures;

	private final Faults faults;

	NotificationsController(WebhookSignatures signatures, Faults faults) {
		this.signatures = signatures;
		this.faults = faults;
	}

	@PostMapping("/v1/notifications/verify-webhook-signature")
	ResponseEntity<?> verify(@RequestBody VerifyRequest request) throws InterruptedException {
		Duration delay = this.faults.strike(Operation.VERIFY_WEBHOOK, PayPalError::internal);
		List<PayPalError.Detail> missing = new ArrayList<>();
		require(missing, "auth_algo", request.authAlgo());
		require(missing, "cert_url", request.certUrl());
		require(missing, "transmission_id", request.transmissionId());
		require(missing, "transmission_sig", request.transmissionSig());
		require(missing, "transmission_time", request.transmissionTime());
		require(missing, "webhook_id", request.webhookId());
		require(missing, "webhook_event", request.webhookEvent());
		if (!missing.isEmpty()) {
			throw new PayPalError(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", "Invalid request - see details", missing);
		}
		Object eventId = request.webhookEvent().get("id");
		boolean valid = WebhookSignatures.AUTH_ALGO.equals(request.authAlgo())
				&& this.signatures.verify(request.transmissionId(), request.transmissionTime(), request.webhookId(),
						(eventId != null) ? eventId.toString() : null, request.transmissionSig());
		if (!delay.isZero()) {
			Thread.sleep(delay);
		}
		return ResponseEntity.ok()
			.header("Paypal-Debug-Id", DebugIds.debugId())
			.body(new VerifyResponse(valid ? "SUCCESS" : "FAILURE"));
	}

	private static void require(List<PayPalError.Detail> missing, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			missing.add(new PayPalError.Detail(field, null, "body", "MISSING_REQUIRED_PARAMETER",
					"A required field / parameter is missing."));
		}
	}

	record VerifyRequest(String authAlgo, String certUrl, String transmissionId, String transmissionSig,
			String transmissionTime, String webhookId, Map<String, Object> webhookEvent) {
	}

	record VerifyResponse(String verificationStatus) {
	}

}

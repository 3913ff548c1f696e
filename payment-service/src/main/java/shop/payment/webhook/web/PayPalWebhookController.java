package shop.payment.webhook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import shop.payment.paypal.WebhookTransmission;
import shop.payment.webhook.WebhookReceipt;
import shop.payment.webhook.WebhookService;

/**
 * PayPal's webhook endpoint. It needs no access token: PayPal's signature headers are
 * checked with PayPal instead. Answers 200 for an event applied, ignored or seen before,
 * 400 for a bad signature or body, 503 while PayPal cannot verify (PayPal delivers
 * again).
 */
@RestController
@Tag(name = "PayPal webhooks", description = "Events PayPal sends about the shop's payments")
class PayPalWebhookController {

	private static final String CAPTURE_COMPLETED = """
			{"id": "WH-2WR32451HC0233532-67976317FL4543714",
			 "event_type": "PAYMENT.CAPTURE.COMPLETED",
			 "resource": {"id": "3C679366HH908993F", "status": "COMPLETED",
			              "amount": {"currency_code": "USD", "value": "42.50"},
			              "supplementary_data": {"related_ids": {"order_id": "5O190127TN364715T"}}}}""";

	private final WebhookService webhooks;

	PayPalWebhookController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/payments/webhooks/paypal")
	@Operation(summary = "Receive a PayPal event",
			description = "Called by PayPal, without an access token: the PAYPAL-* headers are verified with PayPal "
					+ "instead. Applies capture completions, denials, refunds and reversals to the payment; an event "
					+ "seen before answers DUPLICATE and changes nothing.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The webhook event, exactly as PayPal sent it",
					content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
							examples = @ExampleObject(name = "capture completed", value = CAPTURE_COMPLETED))))
	@ApiResponse(responseCode = "200", description = "What became of the event")
	@ApiResponse(responseCode = "400",
			description = "`WEBHOOK_SIGNATURE_INVALID`: the signature headers do not verify; "
					+ "`MALFORMED_REQUEST`: the body is not a PayPal event")
	@ApiResponse(responseCode = "503",
			description = "`PAYMENT_PROVIDER_UNAVAILABLE`: PayPal cannot verify the event right now; "
					+ "PayPal delivers it again")
	WebhookReceipt receive(@RequestHeader(name = "PAYPAL-TRANSMISSION-ID", required = false) String transmissionId,
			@RequestHeader(name = "PAYPAL-TRANSMISSION-TIME", required = false) String transmissionTime,
			@RequestHeader(name = "PAYPAL-TRANSMISSION-SIG", required = false) String transmissionSig,
			@RequestHeader(name = "PAYPAL-CERT-URL", required = false) String certUrl,
			@RequestHeader(name = "PAYPAL-AUTH-ALGO", required = false) String authAlgo, @RequestBody String event) {
		return this.webhooks.receive(
				new WebhookTransmission(transmissionId, transmissionTime, transmissionSig, certUrl, authAlgo), event);
	}

}

package shop.payment.webhook.web;

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
class PayPalWebhookController {

	private final WebhookService webhooks;

	PayPalWebhookController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/payments/webhooks/paypal")
	WebhookReceipt receive(@RequestHeader(name = "PAYPAL-TRANSMISSION-ID", required = false) String transmissionId,
			@RequestHeader(name = "PAYPAL-TRANSMISSION-TIME", required = false) String transmissionTime,
			@RequestHeader(name = "PAYPAL-TRANSMISSION-SIG", required = false) String transmissionSig,
			@RequestHeader(name = "PAYPAL-CERT-URL", required = false) String certUrl,
			@RequestHeader(name = "PAYPAL-AUTH-ALGO", required = false) String authAlgo, @RequestBody String event) {
		return this.webhooks.receive(
				new WebhookTransmission(transmissionId, transmissionTime, transmissionSig, certUrl, authAlgo), event);
	}

}

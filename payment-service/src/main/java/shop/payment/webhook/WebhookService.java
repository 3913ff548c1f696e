package shop.payment.webhook;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import shop.common.web.ShopException;
import shop.payment.payment.PaymentService;
import shop.payment.payment.ProviderEvent;
import shop.payment.paypal.PayPalAmount;
import shop.payment.paypal.PayPalClient;
import shop.payment.paypal.PayPalRejectedException;
import shop.payment.paypal.PayPalUnavailableException;
import shop.payment.paypal.WebhookTransmission;

/**
 * Receives PayPal's webhook events: refuses one PayPal does not confirm as signed for
 * this shop's webhook (400), ignores one processed before (by event id), and applies the
 * rest to their payments in the transaction that records them. Events the shop acts on:
 * {@code CHECKOUT.ORDER.APPROVED}, {@code PAYMENT.CAPTURE.COMPLETED},
 * {@code PAYMENT.CAPTURE.DENIED} / {@code DECLINED}, {@code PAYMENT.CAPTURE.REFUNDED},
 * {@code PAYMENT.CAPTURE.REVERSED}; others are recorded as ignored.
 */
@Service
public class WebhookService {

	private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PayPalClient paypal;

	private final PaymentService payments;

	private final WebhookEventLog events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WebhookService(PayPalClient paypal, PaymentService payments, WebhookEventLog events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.paypal = paypal;
		this.payments = payments;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	public WebhookReceipt receive(WebhookTransmission transmission, String rawEvent) {
		JsonNode event = parse(rawEvent);
		String eventId = event.get("id").asString();
		String eventType = event.get("event_type").asString();
		if (!transmission.isComplete() || !verified(transmission, rawEvent)) {
			log.warn("Refused PayPal webhook event {} ({}): its signature is not PayPal's", eventId, eventType);
			throw ShopException.badRequest("WEBHOOK_SIGNATURE_INVALID", "Webhook signature invalid",
					"PayPal did not confirm this event's signature");
		}
		Result result = this.transactions.execute((status) -> {
			if (!this.events.firstTime(eventId, eventType, this.clock.instant())) {
				return new Result("DUPLICATE", null);
			}
			Result applied = apply(eventType, event.get("resource"));
			this.events.outcome(eventId, applied.outcome());
			return applied;
		});
		log.info("PayPal webhook event {} ({}): {}", eventId, eventType, result.outcome());
		if (ProviderEvent.Outcome.AMOUNT_MISMATCH.name().equals(result.outcome())) {
			this.payments.refundMismatchedCapture(result.paymentId());
		}
		return new WebhookReceipt(eventId, result.outcome());
	}

	private boolean verified(WebhookTransmission transmission, String rawEvent) {
		try {
			return this.paypal.verifyWebhookSignature(transmission, rawEvent);
		}
		catch (PayPalUnavailableException ex) {
			throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE",
					"Payment provider unavailable", "PayPal could not verify the event now; deliver it again later");
		}
		catch (PayPalRejectedException ex) {
			return false;
		}
	}

	private Result apply(String eventType, JsonNode resource) {
		if (resource == null || !resource.isObject()) {
			return new Result("IGNORED", null);
		}
		ProviderEvent applied = switch (eventType) {
			case "CHECKOUT.ORDER.APPROVED" ->
				this.payments.orderApproved(text(resource, "id"), text(resource.path("payer"), "payer_id"));
			case "PAYMENT.CAPTURE.COMPLETED" -> "COMPLETED".equals(text(resource, "status"))
					? this.payments.captureCompleted(relatedOrder(resource), text(resource, "id"), amount(resource))
					: null;
			case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" ->
				this.payments.captureDenied(relatedOrder(resource), "PAYPAL_CAPTURE_DENIED");
			case "PAYMENT.CAPTURE.REFUNDED", "PAYMENT.CAPTURE.REVERSED" ->
				refunded(resource, eventType.endsWith("REVERSED"));
			default -> null;
		};
		return (applied != null) ? new Result(applied.outcome().name(), applied.paymentId())
				: new Result("IGNORED", null);
	}

	/**
	 * A refund (or reversal) names its capture in its {@code up} link.
	 */
	private ProviderEvent refunded(JsonNode resource, boolean reversal) {
		String captureId = null;
		for (JsonNode link : resource.path("links")) {
			String href = text(link, "href");
			if ("up".equals(text(link, "rel")) && href != null && href.contains("/captures/")) {
				captureId = href.substring(href.lastIndexOf('/') + 1);
			}
		}
		String refundId = text(resource, "id");
		if (captureId == null) {
			captureId = text(resource.path("supplementary_data").path("related_ids"), "capture_id");
		}
		if (captureId == null && reversal) {
			captureId = refundId;
			refundId = null;
		}
		return (captureId != null) ? this.payments.captureRefunded(captureId, refundId, amount(resource), reversal)
				: null;
	}

	private static String relatedOrder(JsonNode resource) {
		return text(resource.path("supplementary_data").path("related_ids"), "order_id");
	}

	private static PayPalAmount amount(JsonNode resource) {
		JsonNode amount = resource.get("amount");
		String currency = text(amount, "currency_code");
		String value = text(amount, "value");
		try {
			return (currency != null && value != null) ? PayPalAmount.of(currency, value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static JsonNode parse(String rawEvent) {
		try {
			JsonNode event = JSON.readTree(rawEvent);
			if (event != null && event.isObject() && text(event, "id") != null && text(event, "event_type") != null) {
				return event;
			}
		}
		catch (JacksonException ex) {
			log.debug("Malformed webhook body: {}", ex.getOriginalMessage());
		}
		throw ShopException.badRequest("MALFORMED_REQUEST", "Malformed request",
				"The body is not a PayPal webhook event with an id and an event_type");
	}

	private static String text(JsonNode node, String field) {
		if (node == null || !node.has(field) || !node.get(field).isString()) {
			return null;
		}
		return node.get(field).asString();
	}

	private record Result(String outcome, UUID paymentId) {
	}

}

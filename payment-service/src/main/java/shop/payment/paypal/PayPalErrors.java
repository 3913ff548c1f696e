package shop.payment.paypal;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns PayPal's failed answers into {@link PayPalException}s: 4xx into
 * {@link PayPalRejectedException} with PayPal's error {@code name}, first
 * {@code details[].issue} and {@code debug_id}; 5xx, 429, 401/403 (after a fresh token)
 * and I/O failures into {@link PayPalUnavailableException}. Every failure is logged with
 * its debug id.
 */
final class PayPalErrors {

	private static final Logger log = LoggerFactory.getLogger(PayPalErrors.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PayPalErrors() {
	}

	static PayPalException fromResponse(String operation, int status, String body, Map<String, String> headers) {
		JsonNode error = parse(body);
		String debugId = text(error, "debug_id");
		if (debugId == null) {
			debugId = headers.get("paypal-debug-id");
		}
		String name = text(error, "name");
		if (name == null) {
			name = text(error, "error");
		}
		String issue = null;
		JsonNode details = (error != null) ? error.get("details") : null;
		if (details != null && details.isArray() && !details.isEmpty()) {
			issue = text(details.get(0), "issue");
		}
		String message = text(error, "message");
		if (status >= 500 || status == 429 || status == 401 || status == 403) {
			log.warn("PayPal {} failed with {} {} (debug id {})", operation, status, name, debugId);
			return new PayPalUnavailableException("PayPal " + operation + " answered " + status, debugId, null);
		}
		log.info("PayPal {} refused with {} {} {} (debug id {})", operation, status, name, issue, debugId);
		return new PayPalRejectedException(status, (name != null) ? name : "HTTP_" + status, issue, message, debugId);
	}

	static PayPalUnavailableException fromIoFailure(String operation, IOException failure) {
		log.warn("PayPal {} could not be completed: {}", operation, failure.toString());
		return new PayPalUnavailableException("PayPal " + operation + " could not be completed: " + failure, null,
				failure);
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		if (node == null || !node.has(field) || node.get(field).isNull()) {
			return null;
		}
		return node.get(field).asString();
	}

}

package shop.fulfillment.shipping.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.fulfillment.shipping.Money;
import shop.fulfillment.shipping.ShippingQuoteService;

/**
 * The checkout's shipping quote, for a whole order.
 */
@RestController
class InternalShippingController {

	private final ShippingQuoteService quotes;

	InternalShippingController(ShippingQuoteService quotes) {
		this.quotes = quotes;
	}

	@PostMapping("/internal/shipping/quotes")
	@InternalApi(callers = "orders-service")
	QuoteResponse quote(@Valid @RequestBody InternalQuoteRequest request) {
		Map<UUID, Integer> lines = new LinkedHashMap<>();
		request.lines().forEach((line) -> lines.merge(line.productId(), line.quantity(), Integer::sum));
		Money orderValue = (request.orderValue() != null)
				? new Money(request.orderValue().amount(), request.orderValue().currency().toUpperCase(Locale.ROOT))
				: null;
		return QuoteResponse.of(this.quotes.quote(request.country(), request.postalCode(), lines, orderValue));
	}

}

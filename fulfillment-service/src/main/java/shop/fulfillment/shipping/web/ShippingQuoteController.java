package shop.fulfillment.shipping.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.fulfillment.shipping.ShippingQuoteService;

/**
 * The shoppers' shipping quote for a product (public: no sign-in needed to see what
 * shipping costs). The order value is unknown here, so rules with an order-value band
 * (free shipping above a value, say) are not offered.
 */
@RestController
class ShippingQuoteController {

	private final ShippingQuoteService quotes;

	ShippingQuoteController(ShippingQuoteService quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/api/shipping/quote")
	QuoteResponse quote(@RequestParam String country, @RequestParam(required = false) String postalCode,
			@RequestParam UUID productId, @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int quantity) {
		return QuoteResponse.of(this.quotes.quote(country, postalCode, Map.of(productId, quantity), null));
	}

}

package shop.fulfillment.shipping.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Shipping", description = "What shipping a product costs and when it arrives")
class ShippingQuoteController {

	private final ShippingQuoteService quotes;

	ShippingQuoteController(ShippingQuoteService quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/api/shipping/quote")
	@Operation(summary = "Quote shipping for a product",
			description = "One option per delivery mode that ships the product's weight to the destination: the "
					+ "most specific rule (postal prefix, then country, then any country), the cheapest on a tie. "
					+ "The delivery date skips weekends, and an order after the cut-off hour (warehouse time) ships "
					+ "the next business day. Rules that depend on the order value (free shipping above a value) are "
					+ "not offered here, only at checkout.")
	@ApiResponse(responseCode = "200", description = "The delivery options, cheapest first")
	@ApiResponse(responseCode = "404", description = "`PRODUCT_NOT_FOUND`: the catalog does not sell this product")
	@ApiResponse(responseCode = "422",
			description = "`NO_SHIPPING_OPTION`: no shipping rule covers this weight and destination")
	QuoteResponse quote(
			@Parameter(description = "Destination, ISO 3166-1 alpha-2", example = "US") @RequestParam String country,
			@Parameter(description = "Destination postal code; rules for a postal prefix need it",
					example = "94158") @RequestParam(required = false) String postalCode,
			@Parameter(description = "The product to ship",
					example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @RequestParam UUID productId,
			@Parameter(description = "Units, 1 to 100,000; 1 by default",
					example = "2") @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int quantity) {
		return QuoteResponse.of(this.quotes.quote(country, postalCode, Map.of(productId, quantity), null));
	}

}

package shop.pricing.price.web;

import java.util.LinkedHashSet;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.pricing.price.PriceService;

/**
 * Batch price lookup for the services that show or charge prices.
 */
@RestController
class InternalPriceController {

	private final PriceService prices;

	InternalPriceController(PriceService prices) {
		this.prices = prices;
	}

	@PostMapping("/internal/prices/lookup")
	@InternalApi(callers = { "catalog-service", "cart-service", "orders-service" })
	PriceLookupResponse lookup(@Valid @RequestBody PriceLookupRequest request) {
		return new PriceLookupResponse(this.prices.lookup(new LinkedHashSet<>(request.productIds()), request.currency())
			.stream()
			.map(PriceResponse::of)
			.toList());
	}

}

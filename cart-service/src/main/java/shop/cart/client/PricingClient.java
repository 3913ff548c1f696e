package shop.cart.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * pricing-service's internal batch price lookup.
 */
@FeignClient(name = "pricing-service", url = "${shop.services.pricing-service}")
public interface PricingClient {

	@PostMapping("/internal/prices/lookup")
	Prices lookup(@RequestBody Lookup request);

	record Lookup(List<UUID> productIds, String currency) {
	}

	record Prices(List<Price> prices) {
	}

	/**
	 * A product's current price; products without a price are left out of the answer.
	 */
	record Price(UUID productId, BigDecimal amount, String currency) {
	}

}

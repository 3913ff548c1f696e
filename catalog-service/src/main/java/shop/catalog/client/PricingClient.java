package shop.catalog.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * pricing-service's batch lookup (docs/internal-api.md).
 */
@FeignClient(name = "pricing-service", url = "${shop.services.pricing-service}")
public interface PricingClient {

	@PostMapping("/internal/prices/lookup")
	Prices lookup(@RequestBody PriceLookup request);

	record PriceLookup(List<UUID> productIds, String currency) {

	}

	record Prices(List<Price> prices) {

	}

	record Price(UUID productId, String amount, String currency, Instant updatedAt) {

	}

}

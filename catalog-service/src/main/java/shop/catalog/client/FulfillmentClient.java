package shop.catalog.client;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * fulfillment-service's batch stock lookup (docs/internal-api.md).
 */
@FeignClient(name = "fulfillment-service", url = "${shop.services.fulfillment-service}")
public interface FulfillmentClient {

	@PostMapping("/internal/stock/lookup")
	Stock lookup(@RequestBody StockLookup request);

	record StockLookup(List<UUID> productIds) {

	}

	record Stock(List<Level> stock) {

	}

	record Level(UUID productId, int available, boolean inStock) {

	}

}

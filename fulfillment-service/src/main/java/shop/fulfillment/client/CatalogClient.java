package shop.fulfillment.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * catalog-service's internal API as fulfillment uses it (docs/internal-api.md).
 */
@FeignClient(name = "catalog-service", url = "${shop.services.catalog-service}")
public interface CatalogClient {

	@PostMapping("/internal/products/lookup")
	ProductLookup lookup(@RequestBody ProductLookupRequest request);

	@PostMapping("/internal/read-model/stock")
	void pushStock(@RequestBody StockChanges changes);

	record ProductLookupRequest(List<UUID> productIds) {

	}

	record ProductLookup(List<CatalogProduct> products) {

	}

	/**
	 * A product as catalog describes it; {@code weightGrams} may be absent.
	 */
	record CatalogProduct(UUID productId, String sku, Integer weightGrams, boolean active) {

	}

	record StockChanges(List<StockChange> changes) {

	}

	record StockChange(UUID productId, int available, Instant changedAt) {

	}

}

package shop.pricing.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * catalog-service's internal API as pricing uses it (docs/internal-api.md).
 */
@FeignClient(name = "catalog-service", url = "${shop.services.catalog-service}")
public interface CatalogClient {

	@PostMapping("/internal/products/lookup")
	ProductLookup lookup(@RequestBody ProductLookupRequest request);

	@PostMapping("/internal/read-model/prices")
	void pushPrices(@RequestBody PriceChanges changes);

	record ProductLookupRequest(List<UUID> productIds) {

	}

	record ProductLookup(List<CatalogProduct> products) {

	}

	record CatalogProduct(UUID productId, String sku, boolean active) {

	}

	record PriceChanges(List<PriceChange> changes) {

	}

	record PriceChange(UUID productId, String amount, String currency, Instant changedAt) {

	}

}

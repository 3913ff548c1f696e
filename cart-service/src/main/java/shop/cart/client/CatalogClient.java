package shop.cart.client;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * catalog-service's internal product lookup.
 */
@FeignClient(name = "catalog-service", url = "${shop.services.catalog-service}")
public interface CatalogClient {

	@PostMapping("/internal/products/lookup")
	Products lookup(@RequestBody Lookup request);

	record Lookup(List<UUID> productIds) {
	}

	record Products(List<Product> products) {
	}

	/**
	 * A product as the cart sees it; {@code active} is false once it was deleted.
	 */
	record Product(UUID productId, String sku, String name, boolean active) {
	}

}

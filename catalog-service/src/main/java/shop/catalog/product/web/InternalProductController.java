package shop.catalog.product.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.product.Product;
import shop.catalog.product.ProductCatalog;
import shop.common.security.internal.InternalApi;

/**
 * Product lookups for the other services: soft-deleted products come with
 * {@code active: false}, unknown ids are left out.
 */
@RestController
class InternalProductController {

	private final ProductCatalog catalog;

	InternalProductController(ProductCatalog catalog) {
		this.catalog = catalog;
	}

	@PostMapping("/internal/products/lookup")
	@InternalApi(
			callers = { "cart-service", "orders-service", "fulfillment-service", "pricing-service", "rating-service" })
	LookupResponse lookup(@Valid @RequestBody LookupRequest request) {
		return new LookupResponse(this.catalog.lookup(new LinkedHashSet<>(request.productIds()))
			.stream()
			.map(LookupResponse.Found::of)
			.toList());
	}

	record LookupRequest(@NotNull @Size(max = 500) List<@NotNull UUID> productIds) {

	}

	record LookupResponse(List<Found> products) {

		record Found(UUID productId, String sku, String name, String brand, String category, Integer weightGrams,
				boolean active) {

			static Found of(Product product) {
				return new Found(product.id(), product.sku(), product.document().name(), product.document().brand(),
						product.document().category(), product.document().weightGrams(), !product.isDeleted());
			}

		}

	}

}

package shop.catalog.product.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code {products: [...]}}: up to 1,000 products created all or none.
 */
record BulkProductRequest(@Schema(description = "1 to 1,000 products, each as for a single create") @NotEmpty @Size(
		max = 1000) List<@Valid @NotNull ProductRequest> products) {

}

package shop.catalog.product.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.product.Product;
import shop.catalog.product.ProductService;

/**
 * The admins' products (role ADMIN, enforced for {@code /api/admin/**}). Price and stock
 * are set at pricing-service and fulfillment-service
 * ({@code /api/admin/products/{productId}/price} and {@code .../stock}).
 */
@RestController
class AdminProductController {

	private final ProductService products;

	AdminProductController(ProductService products) {
		this.products = products;
	}

	@PostMapping("/api/admin/products")
	@ResponseStatus(HttpStatus.CREATED)
	ProductResponse create(@Valid @RequestBody ProductRequest request) {
		Product product = this.products.create(request.spec());
		return ProductResponse.of(this.products.show(product.id()));
	}

	/**
	 * Creates up to 1,000 products in one transaction, all or none; answers their ids in
	 * the order given.
	 */
	@PostMapping("/api/admin/products/bulk")
	@ResponseStatus(HttpStatus.CREATED)
	BulkCreated createAll(@Valid @RequestBody BulkProductRequest request) {
		return new BulkCreated(this.products.createAll(request.products().stream().map(ProductRequest::spec).toList())
			.stream()
			.map((product) -> new BulkCreated.Created(product.id(), product.sku()))
			.toList());
	}

	@PutMapping("/api/admin/products/{productId}")
	ProductResponse update(@PathVariable UUID productId, @Valid @RequestBody ProductRequest request) {
		this.products.update(productId, request.spec());
		return ProductResponse.of(this.products.show(productId));
	}

	@DeleteMapping("/api/admin/products/{productId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID productId) {
		this.products.delete(productId);
	}

	record BulkCreated(List<Created> created) {

		record Created(UUID productId, String sku) {

		}

	}

}

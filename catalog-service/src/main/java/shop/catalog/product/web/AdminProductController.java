package shop.catalog.product.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Admin: products",
		description = "Creating, changing and deleting products, for admins; price and stock are set at "
				+ "/api/admin/products/{productId}/price and /stock")
class AdminProductController {

	private static final String SKU_TAKEN = "`SKU_TAKEN`: a live product already has this SKU";

	private final ProductService products;

	AdminProductController(ProductService products) {
		this.products = products;
	}

	@PostMapping("/api/admin/products")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a product",
			description = "The product is for sale once pricing-service has its price and fulfillment-service its "
					+ "stock; until then it shows price: null and no stock. An unknown category is created as a "
					+ "root category.")
	@ApiResponse(responseCode = "201", description = "The product as shoppers see it")
	@ApiResponse(responseCode = "409", description = SKU_TAKEN)
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
	@Operation(summary = "Create many products at once",
			description = "Up to 1,000 products in one transaction, all or none (for catalog imports and the demo "
					+ "loader). Answers the new ids in the order given.")
	@ApiResponse(responseCode = "201", description = "Every product was created")
	@ApiResponse(responseCode = "409",
			description = "`SKU_TAKEN`: a SKU is taken by a live product or repeated in the request; nothing was "
					+ "created")
	BulkCreated createAll(@Valid @RequestBody BulkProductRequest request) {
		return new BulkCreated(this.products.createAll(request.products().stream().map(ProductRequest::spec).toList())
			.stream()
			.map((product) -> new BulkCreated.Created(product.id(), product.sku()))
			.toList());
	}

	@PutMapping("/api/admin/products/{productId}")
	@Operation(summary = "Replace a product",
			description = "Replaces the SKU and the whole document (absent optional fields are removed); the cached "
					+ "copy is dropped once the change is committed.")
	@ApiResponse(responseCode = "200", description = "The product as shoppers see it now")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such product, or one that was deleted")
	@ApiResponse(responseCode = "409", description = SKU_TAKEN)
	ProductResponse update(@Parameter(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @PathVariable UUID productId,
			@Valid @RequestBody ProductRequest request) {
		this.products.update(productId, request.spec());
		return ProductResponse.of(this.products.show(productId));
	}

	@DeleteMapping("/api/admin/products/{productId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a product",
			description = "A soft delete: the product leaves every list, search and count, answers 404 from then "
					+ "on, and its SKU may be reused.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such product, or one already deleted")
	void delete(@Parameter(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @PathVariable UUID productId) {
		this.products.delete(productId);
	}

	/**
	 * The products a bulk create made, in the order given.
	 */
	record BulkCreated(List<Created> created) {

		record Created(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
				@Schema(example = "LEN-T14G5-32-1TB") String sku) {

		}

	}

}

package shop.catalog.product.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.product.ProductQuery;
import shop.catalog.product.ProductService;
import shop.catalog.product.ShownProduct;
import shop.common.web.PageResponse;

/**
 * What shoppers browse (public, no sign-in needed).
 */
@RestController
@Tag(name = "Products", description = "Browsing and searching the catalog, with live price, stock and rating")
class ProductController {

	private final ProductService products;

	ProductController(ProductService products) {
		this.products = products;
	}

	/**
	 * A page of products, every filter optional and combinable; {@code attr} (repeatable,
	 * {@code key:value}) filters on attributes.
	 */
	@GetMapping("/api/products")
	@Operation(summary = "List and search products",
			description = "One page of live products. Every filter is optional and they combine; price and stock are "
					+ "read live from pricing and fulfillment (never cached), so a product shows price: null or "
					+ "stock: null while that service does not answer. Without sort: relevance for a search, name "
					+ "otherwise. Every parameter that is wrong is listed in the 400's errors.")
	@ApiResponse(responseCode = "200", description = "One page of products")
	PageResponse<ProductResponse> list(
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Products per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size,
			@Parameter(description = "A category's slug; includes its subcategories",
					example = "laptops") @RequestParam(required = false) String category,
			@Parameter(description = "Brand, ignoring case",
					example = "Lenovo") @RequestParam(required = false) String brand,
			@Parameter(
					description = "Full-text search over name, brand and description (web-search syntax: "
							+ "\"quoted phrases\", OR, -word)",
					example = "thinkpad t14") @RequestParam(required = false) String q,
			@Parameter(description = "Lowest price (inclusive), in the catalog's currency",
					example = "500.00") @RequestParam(required = false) BigDecimal minPrice,
			@Parameter(description = "Highest price (inclusive), not below minPrice",
					example = "1500.00") @RequestParam(required = false) BigDecimal maxPrice,
			@Parameter(description = "true: only products in stock; false: only those out of stock",
					example = "true") @RequestParam(required = false) Boolean inStock,
			@Parameter(description = "An attribute the product must have exactly, as key:value; repeat for more",
					example = "ram:32 GB") @RequestParam(required = false) List<String> attr,
			@Parameter(description = "The order; relevance only with q",
					schema = @Schema(type = "string",
							allowableValues = { "name", "price", "-price", "rating", "newest", "relevance" }),
					example = "price") @RequestParam(required = false) String sort) {
		ProductQuery query = ProductQuery.of(category, brand, q, minPrice, maxPrice, inStock, attr, sort, page, size);
		PageResponse<ShownProduct> shown = this.products.list(query);
		return new PageResponse<>(shown.items().stream().map(ProductResponse::of).toList(), shown.page(), shown.size(),
				shown.totalItems(), shown.totalPages());
	}

	@GetMapping("/api/products/{productId}")
	@Operation(summary = "One product",
			description = "The product as the list shows it, with live price and stock. The document and rating may "
					+ "come from the product cache; price and stock never do.")
	@ApiResponse(responseCode = "200", description = "The product")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such product, or one that was deleted")
	ProductResponse product(@Parameter(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") @PathVariable UUID productId) {
		return ProductResponse.of(this.products.show(productId));
	}

}

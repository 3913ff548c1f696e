package shop.catalog.product.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

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
	PageResponse<ProductResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String category,
			@RequestParam(required = false) String brand, @RequestParam(required = false) String q,
			@RequestParam(required = false) BigDecimal minPrice, @RequestParam(required = false) BigDecimal maxPrice,
			@RequestParam(required = false) Boolean inStock, @RequestParam(required = false) List<String> attr,
			@RequestParam(required = false) String sort) {
		ProductQuery query = ProductQuery.of(category, brand, q, minPrice, maxPrice, inStock, attr, sort, page, size);
		PageResponse<ShownProduct> shown = this.products.list(query);
		return new PageResponse<>(shown.items().stream().map(ProductResponse::of).toList(), shown.page(), shown.size(),
				shown.totalItems(), shown.totalPages());
	}

	@GetMapping("/api/products/{productId}")
	ProductResponse product(@PathVariable UUID productId) {
		return ProductResponse.of(this.products.show(productId));
	}

}

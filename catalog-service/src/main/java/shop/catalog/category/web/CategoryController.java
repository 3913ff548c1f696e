package shop.catalog.category.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.category.CategoryService;
import shop.common.web.PageQuery;
import shop.common.web.PageResponse;

/**
 * The category tree shoppers browse. The roots are answered as one page of the fleet's
 * page shape, each root with its subcategories nested.
 */
@RestController
@Tag(name = "Categories", description = "The category tree with product counts")
class CategoryController {

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping("/api/categories")
	@Operation(summary = "The category tree",
			description = "Every root category in one page of the fleet's page shape, each with its subcategories "
					+ "nested in children and the live products of its whole subtree in productCount.")
	@ApiResponse(responseCode = "200", description = "The roots, with their subtrees")
	PageResponse<CategoryNodeResponse> tree() {
		List<CategoryNodeResponse> roots = this.categories.tree().stream().map(CategoryNodeResponse::of).toList();
		return PageResponse.of(roots, new PageQuery(0, Math.max(roots.size(), 1)), roots.size());
	}

	@GetMapping("/api/categories/{slug}")
	@Operation(summary = "One category with its subtree")
	@ApiResponse(responseCode = "200", description = "The category, its subcategories and product counts")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no category has this slug")
	CategoryNodeResponse category(
			@Parameter(description = "The category's slug", example = "laptops") @PathVariable String slug) {
		return CategoryNodeResponse.of(this.categories.node(slug));
	}

}

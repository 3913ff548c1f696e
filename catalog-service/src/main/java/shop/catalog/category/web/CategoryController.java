package shop.catalog.category.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.category.CategoryNode;
import shop.catalog.category.CategoryService;
import shop.common.web.PageQuery;
import shop.common.web.PageResponse;

/**
 * The category tree shoppers browse. The roots are answered as one page of the fleet's
 * page shape, each root with its subcategories nested.
 */
@RestController
class CategoryController {

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping("/api/categories")
	PageResponse<CategoryNode> tree() {
		List<CategoryNode> roots = this.categories.tree();
		return PageResponse.of(roots, new PageQuery(0, Math.max(roots.size(), 1)), roots.size());
	}

	@GetMapping("/api/categories/{slug}")
	CategoryNode category(@PathVariable String slug) {
		return this.categories.node(slug);
	}

}

package shop.catalog.category.web;

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

import shop.catalog.category.Category;
import shop.catalog.category.CategoryService;

/**
 * The admins' categories (role ADMIN, enforced for {@code /api/admin/**}).
 */
@RestController
class AdminCategoryController {

	private final CategoryService categories;

	AdminCategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@PostMapping("/api/admin/categories")
	@ResponseStatus(HttpStatus.CREATED)
	CategoryResponse create(@Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.categories.create(request.name(), request.slug(), request.parentSlug()));
	}

	@PutMapping("/api/admin/categories/{categoryId}")
	CategoryResponse update(@PathVariable UUID categoryId, @Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.categories.update(categoryId, request.name(), request.parentSlug()));
	}

	@DeleteMapping("/api/admin/categories/{categoryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID categoryId) {
		this.categories.delete(categoryId);
	}

	record CategoryResponse(UUID categoryId, String slug, String name, UUID parentId) {

		static CategoryResponse of(Category category) {
			return new CategoryResponse(category.id(), category.slug(), category.name(), category.parentId());
		}

	}

}

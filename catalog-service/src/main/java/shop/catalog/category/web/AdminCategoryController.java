package shop.catalog.category.web;

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

import shop.catalog.category.Category;
import shop.catalog.category.CategoryService;

/**
 * The admins' categories (role ADMIN, enforced for {@code /api/admin/**}).
 */
@RestController
@Tag(name = "Admin: categories", description = "Shaping the category tree, for admins")
class AdminCategoryController {

	private static final String CATEGORY_ID = "0195f3b8-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

	private final CategoryService categories;

	AdminCategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@PostMapping("/api/admin/categories")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a category",
			description = "Under parentSlug, or as a root without one. A parentSlug that names no category is a 400 "
					+ "on parentSlug.")
	@ApiResponse(responseCode = "201", description = "The new category")
	@ApiResponse(responseCode = "409", description = "`SLUG_TAKEN`: a category with this slug exists")
	CategoryResponse create(@Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.categories.create(request.name(), request.slug(), request.parentSlug()));
	}

	@PutMapping("/api/admin/categories/{categoryId}")
	@Operation(summary = "Rename or move a category",
			description = "Sets the name and moves the category under parentSlug (to the roots without one); the "
					+ "slug stays. Moving a category below itself is a 400 on parentSlug.")
	@ApiResponse(responseCode = "200", description = "The category now")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such category")
	CategoryResponse update(@Parameter(example = CATEGORY_ID) @PathVariable UUID categoryId,
			@Valid @RequestBody CategoryRequest request) {
		return CategoryResponse.of(this.categories.update(categoryId, request.name(), request.parentSlug()));
	}

	@DeleteMapping("/api/admin/categories/{categoryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an empty category")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "`NOT_FOUND`: no such category")
	@ApiResponse(responseCode = "409",
			description = "`CATEGORY_IN_USE`: the category still has products or subcategories")
	void delete(@Parameter(example = CATEGORY_ID) @PathVariable UUID categoryId) {
		this.categories.delete(categoryId);
	}

	/**
	 * A category as admins shape it; {@code parentId} is absent for a root.
	 */
	record CategoryResponse(@Schema(example = CATEGORY_ID) UUID categoryId,
			@Schema(example = "business-laptops") String slug, @Schema(example = "Business laptops") String name,
			@Schema(example = "0195f3b7-0b1c-7d2e-9f3a-4b5c6d7e8f90") UUID parentId) {

		static CategoryResponse of(Category category) {
			return new CategoryResponse(category.id(), category.slug(), category.name(), category.parentId());
		}

	}

}

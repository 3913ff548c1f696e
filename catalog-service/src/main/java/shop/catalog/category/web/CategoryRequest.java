package shop.catalog.category.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code {name, slug?, parentSlug?}}; the slug is derived from the name when absent and
 * cannot be changed later.
 */
record CategoryRequest(@NotBlank @Size(max = 120) String name, @Size(max = 80) String slug,
		@Size(max = 80) String parentSlug) {

}

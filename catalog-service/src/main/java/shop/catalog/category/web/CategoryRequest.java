package shop.catalog.category.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code {name, slug?, parentSlug?}}; the slug is derived from the name when absent and
 * cannot be changed later.
 */
record CategoryRequest(@Schema(example = "Business laptops") @NotBlank @Size(max = 120) String name,
		@Schema(description = "Lower-case letters and digits separated by hyphens; derived from the name when "
				+ "absent, and ignored on a change (a slug never changes)",
				example = "business-laptops") @Size(max = 80) String slug,
		@Schema(description = "The parent's slug; absent for a root category",
				example = "laptops") @Size(max = 80) String parentSlug) {

}

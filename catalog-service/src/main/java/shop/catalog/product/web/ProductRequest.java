package shop.catalog.product.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import shop.catalog.product.ProductDocument;
import shop.catalog.product.ProductSpec;

/**
 * A product as admins write it: {@code {sku, name, brand, category, description?,
 * attributes?, images?, weightGrams?}}, {@code category} being a category's slug.
 */
record ProductRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 80) String brand,
		@NotBlank @Size(max = 80) String category, @Size(max = 5000) String description,
		@Size(max = 50) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> attributes,
		@Size(max = 20) List<@NotBlank @Size(max = 500) String> images,
		@PositiveOrZero @Max(1_000_000) Integer weightGrams) {

	ProductSpec spec() {
		return new ProductSpec(this.sku.trim(), new ProductDocument(this.name.trim(), this.brand.trim(),
				this.category.trim(), this.description, this.attributes, this.images, this.weightGrams));
	}

}

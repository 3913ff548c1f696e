package shop.catalog.product.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
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
record ProductRequest(
		@Schema(description = "Unique among live products; letters, digits, '.', '_' and '-'",
				example = "LEN-T14G5-32-1TB") @NotBlank @Size(
						max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
		@Schema(example = "ThinkPad T14 Gen 5, 14\" WUXGA, Core Ultra 7, 32 GB, 1 TB SSD") @NotBlank @Size(
				max = 200) String name,
		@Schema(example = "Lenovo") @NotBlank @Size(max = 80) String brand,
		@Schema(description = "A category's slug; an unknown one is created as a root category",
				example = "laptops") @NotBlank @Size(max = 80) String category,
		@Schema(example = "Business laptop with an anti-glare 14-inch display, Wi-Fi 7 and a three-year on-site "
				+ "warranty.") @Size(max = 5000) String description,
		@Schema(description = "Up to 50 key/value pairs shoppers can filter on (attr=key:value)",
				example = "{\"cpu\": \"Intel Core Ultra 7 155U\", \"ram\": \"32 GB\", \"storage\": \"1 TB SSD\"}") @Size(
						max = 50) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> attributes,
		@Schema(description = "Up to 20 image URLs",
				example = "[\"https://cdn.wholesale-shop.dev/products/LEN-T14G5-32-1TB/front.jpg\"]") @Size(
						max = 20) List<@NotBlank @Size(max = 500) String> images,
		@Schema(description = "Shipping weight in grams; shipping quotes assume 1 kg when absent",
				example = "1370") @PositiveOrZero @Max(1_000_000) Integer weightGrams) {

	ProductSpec spec() {
		return new ProductSpec(this.sku.trim(), new ProductDocument(this.name.trim(), this.brand.trim(),
				this.category.trim(), this.description, this.attributes, this.images, this.weightGrams));
	}

}

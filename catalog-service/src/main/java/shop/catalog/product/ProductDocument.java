package shop.catalog.product;

import java.util.List;
import java.util.Map;

/**
 * What the catalog knows of a product, stored as one JSONB document.
 *
 * @param name the product's name
 * @param brand its brand
 * @param category the slug of its category
 * @param description a description for shoppers (searched)
 * @param attributes free attributes such as {@code {"ram": "16GB", "color": "black"}}
 * @param images image URLs, the first is the main one
 * @param weightGrams the shipping weight, when known
 */
public record ProductDocument(String name, String brand, String category, String description,
		Map<String, String> attributes, List<String> images, Integer weightGrams) {

	public ProductDocument {
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
		images = (images != null) ? List.copyOf(images) : List.of();
	}

	/**
	 * The same document filed under another category slug.
	 */
	public ProductDocument inCategory(String slug) {
		return new ProductDocument(this.name, this.brand, slug, this.description, this.attributes, this.images,
				this.weightGrams);
	}

}

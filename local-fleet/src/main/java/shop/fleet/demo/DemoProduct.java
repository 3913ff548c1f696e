package shop.fleet.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product of the demo catalog with the price and stock it starts with.
 *
 * @param sku its SKU
 * @param name its name
 * @param brand its brand
 * @param category its category's slug
 * @param description its description
 * @param attributes its attributes
 * @param images its image URLs
 * @param weightGrams its shipping weight
 * @param price its price in USD
 * @param onHand units in stock (some are 0)
 * @param lowStockThreshold at or below this, it is low on stock
 */
public record DemoProduct(String sku, String name, String brand, String category, String description,
		Map<String, String> attributes, List<String> images, int weightGrams, BigDecimal price, int onHand,
		int lowStockThreshold) {

	/**
	 * The product as {@code POST /api/admin/products} takes it.
	 */
	Map<String, Object> toRequest() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("sku", this.sku);
		request.put("name", this.name);
		request.put("brand", this.brand);
		request.put("category", this.category);
		request.put("description", this.description);
		request.put("attributes", this.attributes);
		request.put("images", this.images);
		request.put("weightGrams", this.weightGrams);
		return request;
	}

}

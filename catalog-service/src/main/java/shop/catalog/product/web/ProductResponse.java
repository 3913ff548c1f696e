package shop.catalog.product.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import shop.catalog.product.CatalogEntry;
import shop.catalog.product.ProductDocument;
import shop.catalog.product.ShownProduct;

/**
 * A product as shoppers see it: {@code {productId, sku, name, brand, category,
 * description, attributes{}, images[], price{amount, currency}, stock{available,
 * inStock}, rating{average, count}}}. {@code price} is {@code null} for a product without
 * a price, {@code price} or {@code stock} is {@code null} when its service did not answer
 * in time.
 */
record ProductResponse(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(example = "LEN-T14G5-32-1TB") String sku,
		@Schema(example = "ThinkPad T14 Gen 5, 14\" WUXGA, Core Ultra 7, 32 GB, 1 TB SSD") String name,
		@Schema(example = "Lenovo") String brand,
		@Schema(description = "The slug of the product's category", example = "laptops") String category,
		@Schema(example = "Business laptop with an anti-glare 14-inch display, Wi-Fi 7 and a three-year on-site "
				+ "warranty.") String description,
		@Schema(example = "{\"cpu\": \"Intel Core Ultra 7 155U\", \"ram\": \"32 GB\", \"storage\": \"1 TB SSD\"}") Map<String, String> attributes,
		@Schema(example = "[\"https://cdn.wholesale-shop.dev/products/LEN-T14G5-32-1TB/front.jpg\"]") List<String> images,
		@Schema(description = "Shipping weight in grams", example = "1370") Integer weightGrams,
		@Schema(description = "The current price; null when the product has no price or pricing did not "
				+ "answer in time") @JsonInclude(JsonInclude.Include.ALWAYS) Money price,
		@Schema(description = "Live stock; null when fulfillment did not answer in time") @JsonInclude(JsonInclude.Include.ALWAYS) Stock stock,
		Rating rating, @Schema(example = "2026-03-02T08:15:00Z") Instant createdAt) {

	static ProductResponse of(ShownProduct shown) {
		CatalogEntry entry = shown.entry();
		ProductDocument document = entry.document();
		return new ProductResponse(entry.productId(), entry.sku(), document.name(), document.brand(),
				document.category(), document.description(), document.attributes(), document.images(),
				document.weightGrams(),
				(shown.price() != null) ? new Money(shown.price().amount(), shown.price().currency()) : null,
				(shown.stock() != null) ? new Stock(shown.stock().available(), shown.stock().inStock()) : null,
				new Rating(entry.ratingAverage(), entry.ratingCount()), entry.createdAt());
	}

	/**
	 * Money as the fleet writes it: the amount as a decimal string, never a float.
	 */
	record Money(@Schema(example = "1249.00") String amount,
			@Schema(description = "ISO 4217", example = "USD") String currency) {

	}

	record Stock(@Schema(description = "Units that can be ordered now (on hand less reserved)",
			example = "42") int available, @Schema(example = "true") boolean inStock) {

	}

	/**
	 * {@code average} is {@code null} while the product has no rating.
	 */
	record Rating(
			@Schema(description = "Average stars, 1 to 5; null while unrated",
					example = "4.6") @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal average,
			@Schema(example = "18") int count) {

	}

}

package shop.catalog.product.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

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
record ProductResponse(UUID productId, String sku, String name, String brand, String category, String description,
		Map<String, String> attributes, List<String> images, Integer weightGrams,
		@JsonInclude(JsonInclude.Include.ALWAYS) Money price, @JsonInclude(JsonInclude.Include.ALWAYS) Stock stock,
		Rating rating, Instant createdAt) {

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

	record Money(String amount, String currency) {

	}

	record Stock(int available, boolean inStock) {

	}

	/**
	 * {@code average} is {@code null} while the product has no rating.
	 */
	record Rating(@JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal average, int count) {

	}

}

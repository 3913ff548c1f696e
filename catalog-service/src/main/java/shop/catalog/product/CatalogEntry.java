package shop.catalog.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A live product as the catalog itself knows it: its document and its rating summary (the
 * part of the product that is cached; price and stock never are).
 *
 * @param productId the product
 * @param sku its SKU
 * @param document its document
 * @param ratingAverage the average of its ratings, {@code null} when it has none
 * @param ratingCount the number of its ratings
 * @param createdAt when it was added
 */
public record CatalogEntry(UUID productId, String sku, ProductDocument document, BigDecimal ratingAverage,
		int ratingCount, Instant createdAt) {

}

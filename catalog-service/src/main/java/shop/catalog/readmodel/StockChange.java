package shop.catalog.readmodel;

import java.time.Instant;
import java.util.UUID;

/**
 * A product's available stock changed.
 *
 * @param productId the product
 * @param available units available now
 * @param changedAt when, at fulfillment
 */
public record StockChange(UUID productId, int available, Instant changedAt) {

}

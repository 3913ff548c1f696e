package shop.catalog.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's price changed.
 *
 * @param productId the product
 * @param amount the new amount
 * @param currency its currency
 * @param changedAt when, at pricing
 */
public record PriceChange(UUID productId, BigDecimal amount, String currency, Instant changedAt) {

}

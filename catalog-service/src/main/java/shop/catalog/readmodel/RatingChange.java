package shop.catalog.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's rating summary changed.
 *
 * @param productId the product
 * @param average the average of its ratings
 * @param count how many there are
 * @param changedAt when, at rating
 */
public record RatingChange(UUID productId, BigDecimal average, int count, Instant changedAt) {

}

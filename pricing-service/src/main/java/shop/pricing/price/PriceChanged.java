package shop.pricing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A price was set or changed.
 *
 * @param productId the product
 * @param currency the currency
 * @param oldAmount the amount before, {@code null} for a first price
 * @param newAmount the amount now
 * @param changedBy the admin who changed it
 * @param changedAt when, strictly after the previous change of that price
 */
public record PriceChanged(UUID productId, String currency, BigDecimal oldAmount, BigDecimal newAmount, UUID changedBy,
		Instant changedAt) {

}

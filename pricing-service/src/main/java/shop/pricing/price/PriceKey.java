package shop.pricing.price;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A price is one per product and currency.
 *
 * @param productId the product
 * @param currency its ISO 4217 code
 */
@Embeddable
public record PriceKey(@Column(name = "product_id") UUID productId,
		@Column(name = "currency", length = 3) @JdbcTypeCode(SqlTypes.CHAR) String currency) implements Serializable {

}

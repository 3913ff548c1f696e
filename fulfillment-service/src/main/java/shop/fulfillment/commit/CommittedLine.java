package shop.fulfillment.commit;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * Units of one product taken for an order.
 *
 * @param productId the product
 * @param quantity the units
 */
@Embeddable
public record CommittedLine(UUID productId, int quantity) {

}

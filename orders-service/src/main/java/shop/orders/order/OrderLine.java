package shop.orders.order;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of an order at the price the shopper pays.
 *
 * @param productId the product
 * @param sku its stock-keeping unit
 * @param name its name at order time
 * @param quantity how many
 * @param unitPrice the price of one, in the order's currency
 */
public record OrderLine(UUID productId, String sku, String name, int quantity, BigDecimal unitPrice) {

	/**
	 * {@code quantity × unitPrice}.
	 */
	public BigDecimal lineTotal() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}

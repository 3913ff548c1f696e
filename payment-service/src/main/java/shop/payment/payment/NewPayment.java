package shop.payment.payment;

import java.util.List;
import java.util.UUID;

/**
 * What an order asks to be paid.
 *
 * @param orderId the order
 * @param amount the total to charge
 * @param items the order's lines
 * @param returnUrl where PayPal sends the payer after approving
 * @param cancelUrl where PayPal sends the payer after cancelling
 */
public record NewPayment(UUID orderId, Money amount, List<Item> items, String returnUrl, String cancelUrl) {

	/**
	 * A line of the order.
	 */
	public record Item(String sku, String name, int quantity, Money unitPrice) {
	}

}

package shop.payment.paypal;

import java.util.List;

/**
 * What a new PayPal order (intent CAPTURE) is made of.
 *
 * @param reference the shop's order id, PayPal's {@code reference_id}
 * @param amount the total to charge
 * @param items the lines, priced per unit
 * @param returnUrl where PayPal sends the payer after approving
 * @param cancelUrl where PayPal sends the payer after cancelling
 */
public record NewPayPalOrder(String reference, PayPalAmount amount, List<Item> items, String returnUrl,
		String cancelUrl) {

	/**
	 * One line.
	 *
	 * @param sku the SKU
	 * @param name the product's name
	 * @param quantity units
	 * @param unitAmount price per unit
	 */
	public record Item(String sku, String name, int quantity, PayPalAmount unitAmount) {
	}

}

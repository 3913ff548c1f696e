package shop.payment.paypal;

/**
 * A PayPal order as PayPal answered it.
 *
 * @param id PayPal's order id
 * @param status {@code CREATED}, {@code APPROVED}, {@code COMPLETED}, ...
 * @param amount the order's amount
 * @param approveUrl the payer's {@code approve} link, while the order awaits approval
 * @param payerId the payer, once approved
 * @param capture the order's capture, once captured
 */
public record PayPalOrder(String id, String status, PayPalAmount amount, String approveUrl, String payerId,
		PayPalCapture capture) {

}

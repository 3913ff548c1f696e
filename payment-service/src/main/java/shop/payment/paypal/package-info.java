/**
 * PayPal behind one small port, {@link shop.payment.paypal.PayPalClient}: Orders v2,
 * Payments v2, OAuth2 and webhook verification, in the shop's own terms. Only
 * {@link shop.payment.paypal.CheckoutSdkPayPalClient} knows PayPal's SDK.
 */
package shop.payment.paypal;

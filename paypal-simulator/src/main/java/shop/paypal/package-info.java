/**
 * paypal-simulator: PayPal's Orders v2, Payments v2, OAuth2 and webhook verification,
 * faked in memory.
 */
package shop.paypal;

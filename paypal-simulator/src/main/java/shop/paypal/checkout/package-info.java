/**
 * PayPal's Orders v2 and Payments v2 as the shop uses them: create an order (intent
 * CAPTURE), show it, approve it on the approval page, capture it once, refund its
 * capture; with {@code PayPal-Request-Id} idempotency and PayPal's validation errors.
 */
package shop.paypal.checkout;

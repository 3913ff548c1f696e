/**
 * {@code POST /api/payments/webhooks/paypal}, public (PayPal calls it without a token).
 */
package shop.payment.webhook.web;

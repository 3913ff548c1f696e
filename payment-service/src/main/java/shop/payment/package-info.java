/**
 * payment-service: PayPal orders, captures and refunds, with provider ids stored
 * encrypted.
 */
package shop.payment;

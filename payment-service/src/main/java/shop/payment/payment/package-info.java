/**
 * Payments: one per order, created, approved, captured, refunded or voided at PayPal,
 * each a row with its status history; PayPal's ids are stored encrypted.
 */
package shop.payment.payment;

/**
 * The payment's internal API, {@code /internal/payments}, for orders-service only.
 */
package shop.payment.payment.web;

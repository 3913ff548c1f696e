/**
 * orders-service: Orders and the crash-safe checkout saga that takes them from cart to
 * confirmed.
 */
package shop.orders;

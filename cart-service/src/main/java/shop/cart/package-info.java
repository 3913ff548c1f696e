/**
 * cart-service: One active cart per user, with prices locked and stock reserved when
 * items are added.
 */
package shop.cart;

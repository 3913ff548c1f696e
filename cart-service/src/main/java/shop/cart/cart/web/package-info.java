/**
 * The cart's HTTP API: the shopper's {@code /api/cart} and the checkout's
 * {@code /internal/carts}.
 */
package shop.cart.cart.web;

/**
 * The cart: one active cart per user, its lines with prices locked from pricing-service
 * and stock reserved in fulfillment-service, the lock a checkout holds on it, and the job
 * that keeps reservations and carts in agreement after crashes and expiry.
 */
package shop.cart.cart;

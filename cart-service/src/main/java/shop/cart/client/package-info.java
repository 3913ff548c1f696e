/**
 * Feign clients of the services the cart reads and reserves through: catalog (names),
 * pricing (prices to lock) and fulfillment (stock and reservations), each with its own
 * records of just the fields the cart reads.
 */
package shop.cart.client;

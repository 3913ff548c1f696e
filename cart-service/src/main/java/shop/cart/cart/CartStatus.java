package shop.cart.cart;

/**
 * Where a cart is in its life: {@code OPEN} while the shopper fills it, {@code LOCKED}
 * while a checkout runs, then {@code CHECKED_OUT} (the order took it) or {@code EXPIRED}
 * (left idle until its reservations ran out). Only open and locked carts are active.
 */
public enum CartStatus {

	OPEN, LOCKED, CHECKED_OUT, EXPIRED

}

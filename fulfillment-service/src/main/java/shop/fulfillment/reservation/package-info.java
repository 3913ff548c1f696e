/**
 * Reservations: stock held for a cart line until it expires, is released, or is committed
 * to an order. Setting a reservation names its exact quantity, so repeating a call is
 * harmless. Every change locks the product's inventory row first (then the reservation
 * rows), the same order everywhere, so transactions never deadlock; the expiry job skips
 * rows other instances hold ({@code FOR UPDATE SKIP LOCKED}).
 */
package shop.fulfillment.reservation;

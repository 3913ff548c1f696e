/**
 * Stock commits: an order's stock reduction, taken from the cart's reservations (and from
 * free stock where a reservation expired) in one transaction, idempotent by order id; and
 * its restoration when the order is cancelled or refunded, at most once.
 */
package shop.fulfillment.commit;

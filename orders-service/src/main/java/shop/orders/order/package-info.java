/**
 * The order aggregate: its status state machine, the JSONB snapshot of items, address and
 * customer at order time (the address and the customer stored encrypted), totals, payment
 * and shipping details and status history; the queries of order history and the shipping
 * operations of admins.
 */
package shop.orders.order;

/**
 * The order aggregate: its status state machine, the JSONB snapshot of items, address and
 * customer at order time, totals, payment and shipping details and status history; the
 * queries of order history and the shipping operations of admins.
 */
package shop.orders.order;

/**
 * Publishing order status changes: each change is logged and written to an outbox in the
 * transaction of the change, and a relay sends the outbox to realtime-service with
 * retries, in order per order, best effort (a realtime outage never blocks or fails a
 * checkout).
 */
package shop.orders.notification;

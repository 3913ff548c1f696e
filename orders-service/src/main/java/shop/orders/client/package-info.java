/**
 * Feign clients of the services orders-service calls (cart, payment, fulfillment, auth,
 * realtime), with orders-service's own records of just the fields it sends and reads
 * (docs/internal-api.md), one circuit breaker per service, and retries for the reads.
 */
package shop.orders.client;

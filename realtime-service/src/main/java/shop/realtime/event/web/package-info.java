/**
 * {@code POST /internal/events/order-status}, for orders-service.
 */
package shop.realtime.event.web;

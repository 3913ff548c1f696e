/**
 * The HTTP API of orders: checkout, confirmation, cancellation and history for shoppers,
 * the payment return pages, shipping for admins, and rating eligibility for
 * rating-service.
 */
package shop.orders.order.web;

/**
 * Internal API of reservations for cart-service (and orders-service, which releases a
 * cart's reservations): {@code /internal/reservations/**}.
 */
package shop.fulfillment.reservation.web;

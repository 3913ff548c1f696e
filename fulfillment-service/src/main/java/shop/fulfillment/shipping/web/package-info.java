/**
 * HTTP API of shipping: the public quote {@code GET /api/shipping/quote}, the internal
 * quote {@code POST /internal/shipping/quotes} for orders-service, and the admins'
 * {@code /api/admin/shipping-rules}.
 */
package shop.fulfillment.shipping.web;

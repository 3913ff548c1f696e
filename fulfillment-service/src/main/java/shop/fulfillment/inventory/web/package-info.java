/**
 * HTTP API of inventory: the admins' {@code /api/admin/products/{productId}/stock} and
 * {@code /api/admin/inventory/low-stock}, and the internal batch lookup
 * {@code POST /internal/stock/lookup}.
 */
package shop.fulfillment.inventory.web;

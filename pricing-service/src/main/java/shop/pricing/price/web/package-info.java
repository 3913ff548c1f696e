/**
 * HTTP API of prices: the admin's {@code PUT/GET /api/admin/products/{productId}/price}
 * and the internal batch lookup {@code POST /internal/prices/lookup}.
 */
package shop.pricing.price.web;

/**
 * HTTP API of products: the shoppers' {@code GET /api/products} and {@code GET
 * /api/products/{productId}}, the admins' {@code /api/admin/products} (with the bulk
 * {@code POST /api/admin/products/bulk} used by the demo loader), and the internal lookup
 * {@code POST /internal/products/lookup}.
 */
package shop.catalog.product.web;

/**
 * Products: JSONB documents (name, brand, category, description, attributes, images,
 * weight) with a unique SKU, soft-deleted; the admins' changes; the shoppers' lists with
 * every filter and sort answered from PostgreSQL (expression, GIN and full-text indexes,
 * the read model's price, stock and rating columns); the cached product documents; and
 * the composition of live price and stock into what shoppers see.
 */
package shop.catalog.product;

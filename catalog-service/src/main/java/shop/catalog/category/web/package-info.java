/**
 * HTTP API of categories: the shoppers' {@code GET /api/categories} (the tree with
 * product counts) and the admins' {@code /api/admin/categories}.
 */
package shop.catalog.category.web;

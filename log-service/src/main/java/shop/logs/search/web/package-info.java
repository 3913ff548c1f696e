/**
 * {@code GET /api/admin/logs}: log search for admins.
 */
package shop.logs.search.web;

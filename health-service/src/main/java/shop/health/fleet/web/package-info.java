/**
 * {@code GET /api/health}: the fleet's aggregated health.
 */
package shop.health.fleet.web;

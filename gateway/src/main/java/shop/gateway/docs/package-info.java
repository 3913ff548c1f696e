/**
 * The fleet's API documentation at {@code /api/docs}: one Swagger UI (springdoc) over the
 * OpenAPI documents the services publish, each fetched through its
 * {@code /api/docs/{service}} route (application.yml).
 */
package shop.gateway.docs;

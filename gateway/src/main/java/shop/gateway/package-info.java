/**
 * gateway: routing (configuration in application.yml), request ids, body-size limits,
 * CORS and problem-details errors at the edge.
 */
package shop.gateway;

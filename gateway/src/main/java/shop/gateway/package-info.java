/**
 * gateway: routing (configuration in application.yml), token and session checks, rate
 * limits, request ids, body-size limits, CORS and problem-details errors at the edge.
 */
package shop.gateway;

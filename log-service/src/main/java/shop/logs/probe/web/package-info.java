/**
 * {@code POST /internal/logs/probe}, for health-service.
 */
package shop.logs.probe.web;

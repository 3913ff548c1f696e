/**
 * Feign client of auth-service: is a session still active?
 */
package shop.realtime.client;

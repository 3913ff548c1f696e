/**
 * Who may pass the gateway: token and session checks, roles, rate limits.
 */
package shop.gateway.security;

/**
 * Who may pass the gateway: public and protected paths, the JWT check against
 * auth-service's JWKS, the session check that makes logout immediate, roles, and the
 * identity headers services receive.
 */
package shop.gateway.security;

/**
 * The WebSocket connections of shoppers: the authenticated upgrade (token checked against
 * JWKS and session revocation), the per-user registry, the limits, the pings, and closing
 * connections that idle or whose session was revoked.
 */
package shop.realtime.connection;

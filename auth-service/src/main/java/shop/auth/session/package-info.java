/**
 * Sessions: login (with throttling), rotating refresh tokens with reuse detection,
 * logout, and the session check the gateway asks on every authenticated request.
 */
package shop.auth.session;

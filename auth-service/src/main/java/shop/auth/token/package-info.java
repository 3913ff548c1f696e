/**
 * Access tokens: the RSA signing keys (persisted, private keys encrypted, rotated), the
 * key ring that verifies, JWT issuing, and auth-service's own token check.
 */
package shop.auth.token;

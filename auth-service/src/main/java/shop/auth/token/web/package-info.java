/**
 * The public keys that verify access tokens, at {@code /.well-known/jwks.json}.
 */
package shop.auth.token.web;

package shop.auth.token;

import java.time.Instant;

/**
 * A signed access token.
 *
 * @param value the compact JWT
 * @param expiresIn its lifetime in seconds
 * @param expiresAt when it expires
 */
public record AccessToken(String value, long expiresIn, Instant expiresAt) {

}

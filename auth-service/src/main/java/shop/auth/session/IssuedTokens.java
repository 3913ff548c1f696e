package shop.auth.session;

import java.util.UUID;

/**
 * What a login or refresh hands out.
 *
 * @param accessToken the JWT
 * @param refreshToken the opaque refresh token (never stored in this form)
 * @param expiresIn the access token's lifetime in seconds
 * @param sessionId the session both belong to
 */
public record IssuedTokens(String accessToken, String refreshToken, long expiresIn, UUID sessionId) {

}

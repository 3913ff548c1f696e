package shop.common.security.jwt;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the access tokens of end users.
 *
 * @param jwksUri auth-service's public keys ({@code SHOP_AUTH_JWKS_URI})
 * @param issuer the expected {@code iss} claim
 * @param audience the expected {@code aud} claim
 * @param publicPaths requests that need no token, as {@code "/path/**"} or
 * {@code "GET /path/**"}
 */
@ConfigurationProperties("shop.security")
public record ShopSecurityProperties(@DefaultValue("http://localhost:8081/.well-known/jwks.json") String jwksUri,
		@DefaultValue("shop-auth") String issuer, @DefaultValue("shop-api") String audience,
		@DefaultValue List<String> publicPaths) {

}

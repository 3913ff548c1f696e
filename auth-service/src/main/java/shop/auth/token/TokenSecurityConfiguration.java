package shop.auth.token;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

import shop.common.security.jwt.ShopJwt;
import shop.common.security.jwt.ShopSecurityProperties;

/**
 * auth-service checks access tokens with the common-lib security chain, but against its
 * own key ring instead of fetching its own JWKS over HTTP, and with every further
 * {@link OAuth2TokenValidator} bean (the session check): a token of an ended session is
 * refused here as at the gateway.
 */
@Configuration(proxyBeanMethods = false)
class TokenSecurityConfiguration {

	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, ShopSecurityProperties properties,
			ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys.jwkSource())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>();
		all.add(ShopJwt.validator(properties));
		validators.orderedStream().forEach(all::add);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(all));
		return decoder;
	}

	@Bean
	BearerTokenResolver bearerTokenResolver(ShopSecurityProperties properties) {
		return new PublicPathsBearerTokenResolver(properties.publicPaths());
	}

}

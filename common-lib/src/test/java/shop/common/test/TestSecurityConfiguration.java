package shop.common.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import shop.common.security.jwt.ShopJwt;
import shop.common.security.jwt.ShopSecurityProperties;

/**
 * Replaces the JWKS lookup with {@link TestKeys}' public key, keeping every other token
 * rule of {@link ShopJwt}. Import it into tests that call authenticated endpoints.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

	@Bean
	JwtDecoder jwtDecoder(ShopSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestKeys.publicKey()).build();
		decoder.setJwtValidator(ShopJwt.validator(properties));
		return decoder;
	}

}

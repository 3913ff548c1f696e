package shop.paypal.oauth;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Requires a bearer token on PayPal's REST API ({@code /v1/notifications/**},
 * {@code /v2/**}); the token endpoint, the approval page and the simulator's admin API
 * need none.
 */
@Configuration(proxyBeanMethods = false)
class OAuthConfiguration implements WebMvcConfigurer {

	private final AccessTokens tokens;

	OAuthConfiguration(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BearerTokenInterceptor(this.tokens))
			.addPathPatterns("/v2/**", "/v1/notifications/**");
	}

	@Configuration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@ConditionalOnMissingBean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}

package shop.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import shop.gateway.GatewayProperties;

/**
 * The edge's filters, access log and error handling.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	@Bean
	RequestIdWebFilter requestIdWebFilter() {
		return new RequestIdWebFilter();
	}

	@Bean
	AccessLogObservationHandler accessLogObservationHandler() {
		return new AccessLogObservationHandler();
	}

	@Bean
	BodySizeLimitWebFilter bodySizeLimitWebFilter(GatewayProperties properties) {
		return new BodySizeLimitWebFilter(properties.maxBodySize().toBytes());
	}

	@Bean
	ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler() {
		return new ProblemErrorWebExceptionHandler();
	}

	/**
	 * Before the security chain (order -100), so that a browser can read the 401, 403 or
	 * 429 of a cross-origin call, and a preflight never needs a token.
	 */
	@Bean
	@Order(-200)
	CorsWebFilter corsWebFilter(GatewayProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsAllowedOrigins());
		cors.addAllowedMethod("*");
		cors.addAllowedHeader("*");
		cors.addExposedHeader("X-Request-Id");
		cors.addExposedHeader("Retry-After");
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return new CorsWebFilter(source);
	}

}

package shop.gateway.security;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;

import shop.common.security.internal.InternalApiProperties;
import shop.common.security.jwt.ShopJwt;
import shop.common.security.jwt.ShopSecurityProperties;
import shop.gateway.GatewayProperties;

/**
 * The gateway's security chain: stateless, no CSRF (bearer tokens, no cookies), the
 * standard security headers, and the resource server: every token on a protected path is
 * checked against auth-service's JWKS with the fleet's rules ({@link ShopJwt}), then its
 * session with auth-service ({@link SessionVerifier}). 401 for a missing or bad token or
 * an ended session, 403 for a missing role. The API documentation under {@code /api/docs}
 * has a chain of its own: public, and with a content security policy that lets Swagger UI
 * run in a browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ ShopSecurityProperties.class, InternalApiProperties.class })
class GatewaySecurityConfiguration {

	/**
	 * Swagger UI's own scripts, styles and images, its inline styles, and its calls back
	 * to the gateway; nothing from elsewhere.
	 */
	static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	@Bean
	ReactiveJwtDecoder jwtDecoder(ShopSecurityProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
		decoder.setJwtValidator(ShopJwt.validator(properties));
		return decoder;
	}

	@Bean
	SessionVerifier sessionVerifier(GatewayProperties gateway, InternalApiProperties internal,
			ObjectProvider<ObservationRegistry> observations) {
		// observed, so that the session check carries the request's trace context; timed
		// under a name of its own (gateway_session_checks_seconds): the routed calls are
		// http.client.requests with other tags, and Prometheus takes one tag set per name
		WebClient client = WebClient.builder()
			.baseUrl(gateway.authServiceUrl())
			.observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
			.observationConvention(new DefaultClientRequestObservationConvention("gateway.session.checks"))
			.build();
		return new SessionVerifier(client, (internal.apiKey() != null) ? internal.apiKey() : "",
				gateway.sessionCheckTimeout(), Clock.systemUTC());
	}

	@Bean
	ClientAddresses clientAddresses(GatewayProperties gateway) {
		return new ClientAddresses(gateway.trustedProxyHops());
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain docsSecurityFilterChain(ServerHttpSecurity http, ClientAddresses clientAddresses) {
		return http.securityMatcher(GatewayAccessRules.docsExchanges())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.hsts((hsts) -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.addFilterAfter(new IdentityHeadersWebFilter(clientAddresses), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

	@Bean
	SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			SessionVerifier sessions, ClientAddresses clientAddresses) {
		ProblemSignallingSecurityHandlers handlers = new ProblemSignallingSecurityHandlers();
		JwtAuthenticationConverter authorities = new JwtAuthenticationConverter();
		authorities.setJwtGrantedAuthoritiesConverter(ShopJwt::authorities);
		JwtReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(decoder);
		jwt.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authorities));
		ServerWebExchangeMatcher publicExchanges = GatewayAccessRules.publicExchanges();
		ServerWebExchangeMatcher protectedExchanges = GatewayAccessRules.protectedExchanges();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.hsts((hsts) -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
			.authorizeExchange((exchanges) -> exchanges.matchers(publicExchanges)
				.permitAll()
				.pathMatchers(GatewayAccessRules.ADMIN)
				.hasRole("ADMIN")
				.matchers(protectedExchanges)
				.authenticated()
				.anyExchange()
				.permitAll())
			.oauth2ResourceServer(
					(oauth) -> oauth.bearerTokenConverter(new GatewayBearerTokenConverter(protectedExchanges))
						.jwt((jwtSpec) -> jwtSpec
							.authenticationManager(new SessionCheckingAuthenticationManager(jwt, sessions)))
						.authenticationEntryPoint(handlers)
						.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.addFilterAfter(new IdentityHeadersWebFilter(clientAddresses), SecurityWebFiltersOrder.AUTHORIZATION)
			.build();
	}

}

package shop.common.security.jwt;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service's security: {@code /internal/**} is left to the API-key filter
 * (no token, no session), actuator health and metrics are open (the gateway never routes
 * them), the configured public paths are open, {@code /api/admin/**} needs the
 * {@code ADMIN} role, and everything else needs a valid access token checked against
 * auth-service's JWKS, even when the request bypassed the gateway.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, JwtDecoder.class })
@EnableConfigurationProperties(ShopSecurityProperties.class)
@EnableWebSecurity
public class ShopSecurityAutoConfiguration {

	private static final List<String> OPEN_PATHS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");

	@Bean
	@Order(1)
	SecurityFilterChain internalApiSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/internal/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnMissingBean(name = "apiSecurityFilterChain")
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ShopSecurityProperties properties) throws Exception {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers();
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(ShopJwt::authorities);
		return http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(OPEN_PATHS.toArray(String[]::new)).permitAll();
			for (String path : properties.publicPaths()) {
				String[] parts = path.trim().split("\\s+", 2);
				if (parts.length == 2) {
					requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
				}
				else {
					requests.requestMatchers(parts[0]).permitAll();
				}
			}
			requests.requestMatchers("/api/admin/**").hasRole("ADMIN");
			requests.anyRequest().authenticated();
		})
			.oauth2ResourceServer((oauth) -> oauth.bearerTokenResolver(ignoringPublicPaths(properties))
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.addFilterAfter(new UserMdcFilter(), BearerTokenAuthenticationFilter.class)
			.build();
	}

	/**
	 * Reads bearer tokens everywhere except on public paths, so that a client that sends
	 * along a stale token (an expired one on login, say) is not refused where no token is
	 * needed.
	 */
	static BearerTokenResolver ignoringPublicPaths(ShopSecurityProperties properties) {
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		List<RequestMatcher> open = new java.util.ArrayList<>();
		for (String path : OPEN_PATHS) {
			open.add(PathPatternRequestMatcher.withDefaults().matcher(path));
		}
		for (String path : properties.publicPaths()) {
			String[] parts = path.trim().split("\\s+", 2);
			open.add((parts.length == 2)
					? PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(parts[0]), parts[1])
					: PathPatternRequestMatcher.withDefaults().matcher(parts[0]));
		}
		return (request) -> open.stream().anyMatch((matcher) -> matcher.matches(request)) ? null
				: resolver.resolve(request);
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(ShopSecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri()).build();
		decoder.setJwtValidator(ShopJwt.validator(properties));
		return decoder;
	}

	@Bean
	WebMvcConfigurer currentUserWebMvcConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}

}

package shop.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Which routed requests need a token. Public: sign-up, login, refresh, reading the
 * catalog, categories and shipping quotes, the aggregated health, and PayPal's webhooks
 * (verified by their signature downstream). Protected: everything else under the routed
 * prefixes, {@code /api/admin/**} with the {@code ADMIN} role. Paths no route serves are
 * neither, so they stay 404 rather than becoming 401.
 */
final class GatewayAccessRules {

	static final String WEBSOCKET = "/api/ws/**";

	static final String ADMIN = "/api/admin/**";

	private static final String[] PUBLIC_READS = { "/api/products/**", "/api/categories/**", "/api/shipping/**",
			"/api/health" };

	private static final String[] PUBLIC_POSTS = { "/api/auth/signup", "/api/auth/login", "/api/auth/refresh",
			"/api/payments/webhooks/**" };

	private static final String[] PROTECTED = { "/api/cart/**", "/api/orders/**", "/api/auth/profile/**",
			"/api/auth/logout", ADMIN, WEBSOCKET, "/api/products/**", "/api/categories/**", "/api/shipping/**",
			"/api/health", "/api/payments/webhooks/**" };

	private GatewayAccessRules() {
	}

	static ServerWebExchangeMatcher publicExchanges() {
		return new OrServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, PUBLIC_READS),
				ServerWebExchangeMatchers.pathMatchers(HttpMethod.HEAD, PUBLIC_READS),
				ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, PUBLIC_POSTS));
	}

	static ServerWebExchangeMatcher protectedExchanges() {
		return new AndServerWebExchangeMatcher(new NegatedServerWebExchangeMatcher(publicExchanges()),
				ServerWebExchangeMatchers.pathMatchers(PROTECTED));
	}

}

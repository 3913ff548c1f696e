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
 * neither, so they stay 404 rather than becoming 401. The API documentation
 * ({@code /api/docs/**}) is public and has a security chain of its own.
 */
final class GatewayAccessRules {

	static final String WEBSOCKET = "/api/ws/**";

	static final String ADMIN = "/api/admin/**";

	static final String[] DOCS = { "/api/docs", "/api/docs/**" };

	/**
	 * Includes the pages PayPal sends the shopper back to after approving or cancelling a
	 * payment: a browser redirect carries no token, and they reveal nothing.
	 */
	private static final String[] PUBLIC_READS = { "/api/products/**", "/api/categories/**", "/api/shipping/**",
			"/api/health", "/api/orders/*/approved", "/api/orders/*/payment-cancelled" };

	private static final String[] PUBLIC_POSTS = { "/api/auth/signup", "/api/auth/login", "/api/auth/refresh",
			"/api/payments/webhooks/**" };

	private static final String[] PROTECTED = { "/api/cart/**", "/api/orders/**", "/api/auth/profile/**",
			"/api/auth/logout", ADMIN, WEBSOCKET, "/api/products/**", "/api/categories/**", "/api/shipping/**",
			"/api/health", "/api/payments/webhooks/**" };

	private GatewayAccessRules() {
	}

	static ServerWebExchangeMatcher docsExchanges() {
		return ServerWebExchangeMatchers.pathMatchers(DOCS);
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

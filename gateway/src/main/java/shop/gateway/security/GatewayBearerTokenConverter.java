package shop.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the bearer token only where one is needed: on protected paths from the
 * {@code Authorization} header, on the WebSocket route also from the {@code access_token}
 * query parameter (browsers cannot set headers on a WebSocket upgrade). Elsewhere a token
 * is ignored, so a stale token sent to a public or unknown path does not turn its answer
 * into a 401.
 */
class GatewayBearerTokenConverter implements ServerAuthenticationConverter {

	private final ServerWebExchangeMatcher protectedExchanges;

	private final ServerWebExchangeMatcher webSocket = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET,
			GatewayAccessRules.WEBSOCKET);

	private final ServerBearerTokenAuthenticationConverter headerOnly = new ServerBearerTokenAuthenticationConverter();

	private final ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();

	GatewayBearerTokenConverter(ServerWebExchangeMatcher protectedExchanges) {
		this.protectedExchanges = protectedExchanges;
		this.headerOrQuery.setAllowUriQueryParameter(true);
	}

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return this.protectedExchanges.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.flatMap((protectedPath) -> this.webSocket.matches(exchange))
			.flatMap((ws) -> (ws.isMatch() ? this.headerOrQuery : this.headerOnly).convert(exchange));
	}

}

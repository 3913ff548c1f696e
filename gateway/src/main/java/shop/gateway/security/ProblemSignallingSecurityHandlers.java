package shop.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security's 401 and 403 at the gateway: the {@code WWW-Authenticate} header of
 * RFC 6750 is set here, the problem body is written by the gateway's error handler like
 * every other error, so one place decides what a problem looks like. The answer never
 * says which check failed (signature, expiry, issuer, revoked session): that would help
 * only an attacker.
 */
class ProblemSignallingSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean presented = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				|| exchange.getRequest().getQueryParams().containsKey("access_token");
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
		return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				presented ? "The access token is malformed, expired, revoked or not valid"
						: "This request needs an access token"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "Your account may not do this"));
	}

}

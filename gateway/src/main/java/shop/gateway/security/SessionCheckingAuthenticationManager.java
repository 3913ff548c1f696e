package shop.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;

import shop.common.request.RequestIds;

/**
 * A token is valid only when its signature and claims are (the JWT manager) and its
 * session is still active (the {@link SessionVerifier}); a revoked session fails
 * authentication like a forged token does, with 401. When either check cannot be made
 * (JWKS or session check unreachable) the failure is an
 * {@link AuthenticationServiceException}, answered 503.
 */
class SessionCheckingAuthenticationManager implements ReactiveAuthenticationManager {

	private final ReactiveAuthenticationManager jwt;

	private final SessionVerifier sessions;

	SessionCheckingAuthenticationManager(ReactiveAuthenticationManager jwt, SessionVerifier sessions) {
		this.jwt = jwt;
		this.sessions = sessions;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		return this.jwt.authenticate(authentication)
			// e.g. the JWKS cannot be fetched: the token is not known bad, it cannot be
			// checked now (503, not 401 and never a pass)
			.onErrorMap((ex) -> !(ex instanceof AuthenticationException),
					(ex) -> new AuthenticationServiceException("The access token cannot be checked now", ex))
			.flatMap((authenticated) -> Mono.deferContextual((context) -> {
				String requestId = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class)
					.map((exchange) -> exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER))
					.orElse(null);
				return this.sessions.verify((Jwt) authenticated.getPrincipal(), requestId).thenReturn(authenticated);
			}));
	}

}

package shop.gateway.security;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import shop.common.request.RequestIds;

/**
 * The identity the gateway vouches for, passed to the services: {@code X-User-Id} and
 * {@code X-User-Roles} of a checked token, and {@code X-Client-Ip} (auth-service's
 * per-address login throttle). Values a client sent under these names are dropped first.
 * Services still check the token themselves; the headers serve logging, throttling and
 * services that act on behalf of the user.
 */
class IdentityHeadersWebFilter implements WebFilter {

	static final String ROLES_HEADER = "X-User-Roles";

	static final String CLIENT_IP_HEADER = "X-Client-Ip";

	private final ClientAddresses clientAddresses;

	IdentityHeadersWebFilter(ClientAddresses clientAddresses) {
		this.clientAddresses = clientAddresses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String clientIp = this.clientAddresses.of(exchange);
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(JwtAuthenticationToken.class::isInstance)
			.map((authentication) -> Optional.of((JwtAuthenticationToken) authentication))
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> {
				ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> {
					headers.remove(RequestIds.USER_HEADER);
					headers.remove(ROLES_HEADER);
					headers.set(CLIENT_IP_HEADER, clientIp);
					user.ifPresent((token) -> {
						headers.set(RequestIds.USER_HEADER, token.getToken().getSubject());
						headers.set(ROLES_HEADER, roles(token.getAuthorities()));
					});
				}).build();
				return chain.filter(exchange.mutate().request(request).build());
			});
	}

	private static String roles(Collection<GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.collect(Collectors.joining(","));
	}

}

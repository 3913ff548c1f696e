package shop.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import shop.common.request.RequestIds;

/**
 * Gives every request an {@code X-Request-Id} (a client's well-formed one is kept),
 * passes it to the service and returns it to the client.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

	/**
	 * Attribute holding the request id, for the error handler.
	 */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".requestId";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(ATTRIBUTE, requestId);
		exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
		// the service echoes the id too; the client gets it once
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> {
			headers.set(RequestIds.HEADER, requestId);
			// only the gateway vouches for the end user, after checking the token
			headers.remove(RequestIds.USER_HEADER);
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

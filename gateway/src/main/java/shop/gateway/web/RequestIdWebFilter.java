package shop.gateway.web;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import shop.common.request.RequestIds;

/**
 * Gives every request an {@code X-Request-Id} (a client's well-formed one is kept),
 * passes it to the service and returns it to the client. It is also in the Reactor
 * context of the request's work, from which Reactor restores it into the MDC on whatever
 * thread that work runs ({@code spring.reactor.context-propagation: auto}), as it
 * restores the trace: the gateway's log lines carry both.
 */
public class RequestIdWebFilter implements WebFilter, Ordered {

	/**
	 * Attribute holding the request id, for the error handler and the access log.
	 */
	public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".requestId";

	public RequestIdWebFilter() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(RequestIds.MDC_REQUEST_ID, () -> MDC.get(RequestIds.MDC_REQUEST_ID),
					(requestId) -> MDC.put(RequestIds.MDC_REQUEST_ID, requestId),
					() -> MDC.remove(RequestIds.MDC_REQUEST_ID));
	}

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
		return chain.filter(exchange.mutate().request(request).build())
			.contextWrite(Context.of(RequestIds.MDC_REQUEST_ID, requestId));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

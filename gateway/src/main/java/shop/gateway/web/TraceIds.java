package shop.gateway.web;

import java.util.Optional;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;

import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of a request, read from the observation WebFlux keeps with the exchange
 * (no thread-local involved, so it holds on any thread an error is handled or a line is
 * logged on).
 */
final class TraceIds {

	private TraceIds() {
	}

	static Optional<String> of(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes()).flatMap(TraceIds::of);
	}

	static Optional<String> of(Observation.Context context) {
		return Optional.ofNullable(context.<TracingContext>get(TracingContext.class))
			.map(TracingContext::getSpan)
			.map(Span::context)
			.map((span) -> span.traceId())
			.filter((traceId) -> !traceId.isEmpty());
	}

}

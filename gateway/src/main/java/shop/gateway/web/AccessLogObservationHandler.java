package shop.gateway.web;

import java.time.Duration;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

import shop.common.request.RequestIds;

/**
 * The gateway's access log: one INFO line per request when WebFlux's observation of it
 * stops (the response is complete, errors included, or the client went away), for example
 * {@code GET /api/orders/… 200 in 35 ms (route orders)}. The path is logged without its
 * query, which may carry a token ({@code /api/ws/orders?access_token=…}).
 * <p>
 * The line runs on whatever Netty thread finished the response, so it does not rely on
 * thread-locals: the request id (from {@link RequestIdWebFilter}) and the trace id (from
 * the observation's span) are put into the MDC around it, and the log shipper sends them
 * as the event's {@code requestId} and {@code traceId}. Actuator paths (probes, scrapes)
 * are not logged.
 */
class AccessLogObservationHandler implements ObservationHandler<ServerRequestObservationContext> {

	private static final Logger log = LoggerFactory.getLogger(AccessLogObservationHandler.class);

	@Override
	public void onStart(ServerRequestObservationContext context) {
		context.put(Started.class, new Started(System.nanoTime()));
	}

	@Override
	public void onStop(ServerRequestObservationContext context) {
		ServerHttpRequest request = context.getCarrier();
		String path = request.getPath().value();
		if (!log.isInfoEnabled() || path.startsWith("/actuator/")) {
			return;
		}
		Started started = context.get(Started.class);
		long millis = (started != null) ? Duration.ofNanos(System.nanoTime() - started.nanos()).toMillis() : -1;
		Map<String, String> previous = MDC.getCopyOfContextMap();
		try {
			if (context.getAttributes().get(RequestIdWebFilter.ATTRIBUTE) instanceof String requestId) {
				MDC.put(RequestIds.MDC_REQUEST_ID, requestId);
			}
			TraceIds.of(context).ifPresent((traceId) -> MDC.put(RequestIds.MDC_TRACE_ID, traceId));
			log.info("{} {} {} in {} ms{}", request.getMethod().name(), path, outcome(context), millis, route(context));
		}
		finally {
			if (previous != null) {
				MDC.setContextMap(previous);
			}
			else {
				MDC.clear();
			}
		}
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof ServerRequestObservationContext;
	}

	private static String outcome(ServerRequestObservationContext context) {
		if (context.isConnectionAborted()) {
			return "aborted by the client";
		}
		HttpStatusCode status = (context.getResponse() != null) ? context.getResponse().getStatusCode() : null;
		return (status != null) ? Integer.toString(status.value()) : "200";
	}

	private static String route(ServerRequestObservationContext context) {
		return (context.getAttributes().get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) instanceof Route route)
				? " (route " + route.getId() + ")" : "";
	}

	/**
	 * When the observation started.
	 */
	private record Started(long nanos) {

	}

}

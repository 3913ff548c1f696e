package shop.gateway.web;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import shop.common.web.ProblemTypes;

/**
 * Every error at the gateway as an RFC 9457 problem: no route (404), a body too large
 * (413), a missing or bad token (401) or role (403), a rate limit (429), a service that
 * does not answer (503) or answers too late (504); never a stack trace or Spring's
 * default error JSON. Headers set before the error (Retry-After, WWW-Authenticate) stay;
 * the request's {@code requestId} and {@code traceId} are in every problem.
 */
@Order(-2)
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail problem = toProblem(ex);
		Object requestId = exchange.getAttribute(RequestIdWebFilter.ATTRIBUTE);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		TraceIds.of(exchange).ifPresent((traceId) -> problem.setProperty("traceId", traceId));
		byte[] body = MAPPER.writeValueAsBytes(problem);
		exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		exchange.getResponse().getHeaders().setContentLength(body.length);
		DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(body);
		return exchange.getResponse().writeWith(Mono.just(buffer));
	}

	static ProblemDetail toProblem(Throwable ex) {
		if (ex instanceof RestClientResponseException limited
				&& limited.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			// the RequestRateLimiter refused; its Retry-After is on the response
			return problem(HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests; try again after the number of seconds in Retry-After");
		}
		if (ex instanceof AuthenticationServiceException) {
			// the JWKS or the session check is unreachable: fail closed, not as 401
			return problem(HttpStatus.SERVICE_UNAVAILABLE,
					"The access token cannot be checked right now; try again shortly");
		}
		if (ex instanceof ErrorResponse response) {
			HttpStatusCode status = response.getStatusCode();
			if (status.value() == 404) {
				return problem(HttpStatus.NOT_FOUND, "No resource at this path");
			}
			if (status.is5xxServerError() && !(ex instanceof ResponseStatusException)) {
				return problem(HttpStatus.SERVICE_UNAVAILABLE, "The service for this request is unavailable");
			}
			String reason = (ex instanceof ResponseStatusException rse && rse.getReason() != null) ? rse.getReason()
					: describe(status);
			return problem(status, status.is5xxServerError() ? describe(status) : reason);
		}
		Throwable root = rootCause(ex);
		if (root instanceof ConnectException) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "The service for this request is unavailable");
		}
		if (root instanceof TimeoutException || root.getClass().getSimpleName().contains("Timeout")) {
			return problem(HttpStatus.GATEWAY_TIMEOUT, "The service for this request did not answer in time");
		}
		log.error("Unhandled error at the gateway", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; quote the requestId when reporting it");
	}

	private static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		String code = ProblemTypes.codeFor(status.value());
		problem.setType(ProblemTypes.of(code));
		HttpStatus resolved = HttpStatus.resolve(status.value());
		problem.setTitle((resolved != null) ? resolved.getReasonPhrase() : "Error");
		problem.setProperty("code", code);
		return problem;
	}

	private static String describe(HttpStatusCode status) {
		HttpStatus resolved = HttpStatus.resolve(status.value());
		return (resolved != null) ? resolved.getReasonPhrase() : "Error";
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable current = ex;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

}

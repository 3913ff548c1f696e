package shop.common.feign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import shop.common.web.ProblemTypes;
import shop.common.web.Problems;

/**
 * A call to another service that failed transiently and that the service did not handle
 * itself (a timeout, a refused connection, a 5xx, an open circuit breaker) is answered
 * 503 with {@code Retry-After}: the client may try again, and nothing suggests a bug in
 * its request.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class RemoteCallProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(RemoteCallProblemAdvice.class);

	@ExceptionHandler({ RemoteServiceUnavailableException.class, feign.RetryableException.class,
			io.github.resilience4j.circuitbreaker.CallNotPermittedException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		return serviceUnavailable(ex);
	}

	/**
	 * Feign clients behind a circuit breaker wrap failures; a transient cause still means
	 * 503, anything else is a failure the service should have handled.
	 */
	@ExceptionHandler(org.springframework.cloud.client.circuitbreaker.NoFallbackAvailableException.class)
	ResponseEntity<ProblemDetail> noFallback(Exception ex) throws Exception {
		if (RemoteCalls.isTransient(ex)) {
			return serviceUnavailable(ex);
		}
		throw (ex.getCause() instanceof Exception cause) ? cause : ex;
	}

	private static ResponseEntity<ProblemDetail> serviceUnavailable(Exception ex) {
		log.warn("A dependency is unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "5")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
					"A service this request needs is unavailable; try again shortly"));
	}

}

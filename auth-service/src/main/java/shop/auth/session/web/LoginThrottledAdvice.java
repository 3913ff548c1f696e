package shop.auth.session.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import shop.auth.session.LoginThrottledException;
import shop.common.web.Problems;

/**
 * Adds {@code Retry-After} to the 429 of a throttled login; the problem body is the
 * fleet's usual one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoginThrottledAdvice {

	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		ProblemDetail problem = Problems.of(ex.status(), ex.code(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}

package shop.orders.order.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import shop.common.web.ProblemDetailsAdvice;
import shop.common.web.Problems;
import shop.orders.order.RetryLaterException;

/**
 * The fleet's problem details, plus a {@code Retry-After} header on answers that ask the
 * client to repeat the request later.
 */
@RestControllerAdvice
class OrdersProblemAdvice extends ProblemDetailsAdvice {

	@ExceptionHandler(RetryLaterException.class)
	ResponseEntity<ProblemDetail> retryLater(RetryLaterException ex) {
		ProblemDetail problem = Problems.of(ex.status(), ex.code(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}

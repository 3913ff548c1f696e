package shop.common.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Data-access failures a client can act on, for services with a database: a lost
 * optimistic-locking race is a 409 the client may repeat, not a 500; no database
 * connection free in time (the pool is exhausted under load) or a query timeout is a 503
 * {@code SERVICE_BUSY} with {@code Retry-After}, which callers treat as transient.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DataAccessProblemAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentModification(OptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "Concurrent modification",
					"The resource was changed by another request at the same time; repeat the request"));
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, TransientDataAccessResourceException.class,
			QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> databaseBusy(Exception ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY", "Service busy",
					"The service's database is busy; try again shortly"));
	}

}

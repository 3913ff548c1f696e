package shop.paypal.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure with PayPal's error body and a {@code Paypal-Debug-Id} header.
 */
@RestControllerAdvice
public class PayPalErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PayPalErrorAdvice.class);

	@ExceptionHandler(PayPalError.class)
	ResponseEntity<PayPalError.Body> payPalError(PayPalError error) {
		return respond(error);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<PayPalError.Body> malformed(HttpMessageNotReadableException ex) {
		return respond(
				PayPalError.invalidRequest("/", "MALFORMED_REQUEST_JSON", "The request JSON is not well formed."));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<PayPalError.Body> mediaType(HttpMediaTypeNotSupportedException ex) {
		return respond(new PayPalError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"The server does not support the request payload's media type.", List.of()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<PayPalError.Body> method(HttpRequestMethodNotSupportedException ex) {
		return respond(new PayPalError(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_SUPPORTED",
				"The server does not implement the requested HTTP method.", List.of()));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<PayPalError.Body> noResource(NoResourceFoundException ex) {
		return respond(new PayPalError(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND",
				"The specified resource does not exist.", List.of()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<PayPalError.Body> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return respond(PayPalError.internal());
	}

	static ResponseEntity<PayPalError.Body> respond(PayPalError error) {
		String debugId = DebugIds.debugId();
		String anchor = error.details().isEmpty() ? error.name() : error.details().getFirst().issue();
		List<Link> links = List.of(new Link("https://developer.paypal.com/docs/api/orders/v2/#error-" + anchor,
				"information_link", "GET"));
		PayPalError.Body body = new PayPalError.Body(error.name(), error.getMessage(), debugId,
				error.details().isEmpty() ? null : error.details(), links);
		return ResponseEntity.status(error.status())
			.header("Paypal-Debug-Id", debugId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

}

package shop.common.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that leaves a controller into an RFC 9457 problem: domain
 * failures ({@link ShopException}) with their own code and status, Spring MVC's own
 * failures (malformed JSON, wrong types, unknown paths, unsupported methods) with the
 * right 4xx, validation failures with an {@code errors} list, and anything unexpected as
 * a 500 that reveals nothing but the request id. Services extend it where they need more.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<ProblemDetail> validation(ValidationException ex) {
		return respond(Problems.validation(ex.errors()));
	}

	@ExceptionHandler(ShopException.class)
	ResponseEntity<ProblemDetail> domain(ShopException ex) {
		ProblemDetail problem = Problems.of(ex.status(), ex.code(), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		if (ex.status().is5xxServerError()) {
			log.warn("{} {}: {}", ex.status().value(), ex.code(), ex.getMessage());
		}
		return respond(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(leaf(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return respond(Problems.validation(errors));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unhandled exception", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR, "Internal error",
				"The request could not be completed; quote the requestId when reporting it"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(respond(Problems.validation(errors(ex.getBindingResult()))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors.add(new FieldError(name, error.getDefaultMessage())));
		});
		return cast(respond(Problems.validation(errors)));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return cast(respond(Problems.validation(List.of(new FieldError(name, "must be a valid " + expected)))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(respond(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
				"The request body is missing or is not valid JSON of the expected shape")));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(
			org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return cast(respond(
				Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", "No resource at this path")));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		Object normalised = (body instanceof ProblemDetail problem) ? Problems.normalise(problem) : body;
		HttpHeaders out = new HttpHeaders();
		if (headers != null) {
			out.putAll(headers);
		}
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(normalised, out, statusCode);
	}

	protected static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static List<FieldError> errors(BindingResult result) {
		List<FieldError> errors = new ArrayList<>();
		result.getFieldErrors().forEach((error) -> errors.add(new FieldError(error.getField(), message(error))));
		result.getGlobalErrors().forEach((error) -> errors.add(new FieldError(error.getObjectName(), message(error))));
		return errors;
	}

	private static String message(org.springframework.validation.ObjectError error) {
		if (error instanceof org.springframework.validation.FieldError fieldError && fieldError.isBindingFailure()) {
			return "has an invalid value";
		}
		return error.getDefaultMessage();
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

}

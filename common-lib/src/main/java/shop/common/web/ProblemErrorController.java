package shop.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error page and error JSON: whatever reaches the servlet
 * container's error dispatch (a filter's failure, an error status set outside Spring MVC)
 * is answered as a problem, never with a stack trace or an HTML page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:${error.path:/error}}",
			produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, "*/*" })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = status.is5xxServerError()
				? "The request could not be completed; quote the requestId when reporting it" : describe(status);
		ProblemDetail problem = Problems.of(status, detail);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String describe(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No resource at this path";
			case METHOD_NOT_ALLOWED -> "This path does not support the request method";
			case PAYLOAD_TOO_LARGE -> "The request body is larger than allowed";
			default -> status.getReasonPhrase();
		};
	}

}

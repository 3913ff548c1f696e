package shop.common.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import shop.common.request.RequestIds;

/**
 * Builds and writes the fleet's RFC 9457 problem details: a stable {@code type}, a human
 * {@code title}, the {@code status}, a {@code detail}, the machine {@code code}, and the
 * {@code requestId} and {@code traceId} of the request so that a client's report can be
 * found in the logs.
 */
public final class Problems {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ProblemTypes.of(code));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return withContext(problem);
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		return of(status, ProblemTypes.codeFor(status.value()), status.getReasonPhrase(), detail);
	}

	public static ProblemDetail validation(List<FieldError> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
				"The request has " + errors.size() + " invalid field(s)");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Gives a problem built elsewhere (by Spring MVC, say) the fleet's type, code and
	 * request context.
	 */
	public static ProblemDetail normalise(ProblemDetail problem) {
		Object code = (problem.getProperties() != null) ? problem.getProperties().get("code") : null;
		if (code == null) {
			code = ProblemTypes.codeFor(problem.getStatus());
			problem.setProperty("code", code);
		}
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(ProblemTypes.of(code.toString()));
		}
		if (problem.getTitle() == null) {
			HttpStatus status = HttpStatus.resolve(problem.getStatus());
			problem.setTitle((status != null) ? status.getReasonPhrase() : "Error");
		}
		return withContext(problem);
	}

	private static ProblemDetail withContext(ProblemDetail problem) {
		String requestId = MDC.get(RequestIds.MDC_REQUEST_ID);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		String traceId = MDC.get(RequestIds.MDC_TRACE_ID);
		if (traceId != null) {
			problem.setProperty("traceId", traceId);
		}
		return problem;
	}

	/**
	 * Writes a problem straight to a servlet response, for filters that answer before
	 * Spring MVC is reached.
	 */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		MAPPER.writeValue(response.getOutputStream(), problem);
	}

}

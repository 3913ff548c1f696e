package shop.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.http.HttpStatus;

import shop.common.web.ProblemTypes;

/**
 * Writes the fleet's error contract into a service's OpenAPI document: a {@code Problem}
 * schema (RFC 9457 with the fleet's {@code code}, {@code requestId}, {@code traceId} and
 * {@code errors}), the problem responses that apply to each operation, and the bearer
 * scheme on the operations that need a token.
 * <p>
 * Every operation gets 429 (the gateway's rate limits) and 503 (the service or one it
 * depends on is unavailable); those with input 400, those with a path variable 404, those
 * that need a token 401, admin ones 403. Whatever other error a controller declares
 * ({@code @ApiResponse(responseCode = "409", description = "`OUT_OF_STOCK`: ...")}) is
 * answered as a problem too; a code in backticks in its description becomes the example's
 * {@code code}.
 */
public class ProblemOpenApiCustomizer implements GlobalOpenApiCustomizer {

	/**
	 * The name of the problem schema under {@code components.schemas}.
	 */
	public static final String PROBLEM_SCHEMA = "Problem";

	/**
	 * The name of the bearer-token scheme under {@code components.securitySchemes}.
	 */
	public static final String BEARER_SCHEME = "bearer";

	/**
	 * The media type of every error answer.
	 */
	public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/**
	 * Marks an error response whose body is not a problem (a health report answered with
	 * 503, say): put it on the response as
	 * {@code extensions = @Extension(properties = @ExtensionProperty(name = OWN_BODY, value = "true"))}
	 * and the customizer leaves the response as declared.
	 */
	public static final String OWN_BODY = "x-shop-own-body";

	private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

	private static final String SPRINGDOC_DEFAULT_TITLE = "OpenAPI definition";

	private static final Pattern CODE_IN_DESCRIPTION = Pattern.compile("`([A-Z][A-Z0-9_]*[A-Z0-9])`");

	private static final String EXAMPLE_REQUEST_ID = "0b6e4c1e-8f4e-4b43-9f59-2a4f3c8e9d10";

	private static final String EXAMPLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final String serviceName;

	private final ApiAccess access;

	/**
	 * @param serviceName the service's name ({@code spring.application.name}), for the
	 * document's title when the service gives none
	 * @param access which operations need a token
	 */
	public ProblemOpenApiCustomizer(String serviceName, ApiAccess access) {
		this.serviceName = serviceName;
		this.access = access;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		Components components = openApi.getComponents();
		components.addSchemas(PROBLEM_SCHEMA, problemSchema());
		describe(openApi);
		// paths keep their /api prefix through the gateway, so one relative server serves
		// both the gateway's Swagger UI and a developer calling the service directly
		openApi.setServers(List
			.of(new Server().url("/").description("the gateway (or this service directly: the paths are the same)")));
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> customise(components, path, method, operation)));
	}

	private void describe(OpenAPI openApi) {
		Info info = (openApi.getInfo() != null) ? openApi.getInfo() : new Info();
		if (info.getTitle() == null || SPRINGDOC_DEFAULT_TITLE.equals(info.getTitle())) {
			info.setTitle(this.serviceName + " API");
		}
		if (info.getVersion() == null || "v0".equals(info.getVersion())) {
			info.setVersion("v1");
		}
		openApi.setInfo(info);
	}

	private void customise(Components components, String path, PathItem.HttpMethod method, Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		responses.forEach((status, response) -> {
			if (isError(status) && response.get$ref() == null) {
				answerWithProblem(response, Integer.parseInt(status));
			}
		});
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (hasInput) {
			standard(components, responses, StandardProblem.BAD_REQUEST);
		}
		if (this.access.needsToken(method, path)) {
			components.addSecuritySchemes(BEARER_SCHEME, bearerScheme());
			if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
				operation.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
			}
			standard(components, responses, StandardProblem.UNAUTHORIZED);
		}
		if (this.access.needsAdmin(method, path)) {
			standard(components, responses, StandardProblem.FORBIDDEN);
		}
		if (path.contains("{")) {
			standard(components, responses, StandardProblem.NOT_FOUND);
		}
		standard(components, responses, StandardProblem.TOO_MANY_REQUESTS);
		standard(components, responses, StandardProblem.SERVICE_UNAVAILABLE);
	}

	private static void standard(Components components, ApiResponses responses, StandardProblem problem) {
		String status = String.valueOf(problem.status.value());
		if (responses.containsKey(status)) {
			return;
		}
		if (components.getResponses() == null || !components.getResponses().containsKey(problem.componentName)) {
			components.addResponses(problem.componentName, problem.response());
		}
		responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problem.componentName));
	}

	private static boolean isError(String status) {
		return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
	}

	private static void answerWithProblem(ApiResponse response, int status) {
		if (response.getExtensions() != null && response.getExtensions().remove(OWN_BODY) != null) {
			if (response.getExtensions().isEmpty()) {
				response.setExtensions(null);
			}
			return;
		}
		String description = response.getDescription();
		if (description == null || description.isBlank()) {
			description = titleOf(status);
			response.setDescription(description);
		}
		String code = codeIn(description);
		String title = (code != null) ? humanize(code) : titleOf(status);
		response.setContent(problemContent(
				example(status, (code != null) ? code : ProblemTypes.codeFor(status), title, detailOf(description))));
	}

	private static String codeIn(String description) {
		Matcher matcher = CODE_IN_DESCRIPTION.matcher(description);
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * What the description says about its first code: "`OUT_OF_STOCK`: not enough is
	 * available; `CART_LOCKED`: ..." gives "Not enough is available".
	 */
	private static String detailOf(String description) {
		String first = description.replaceFirst("^\\s*`[A-Z0-9_]+`:?\\s*", "").split(";", 2)[0].replace("`", "").trim();
		if (first.isEmpty()) {
			return description;
		}
		return Character.toUpperCase(first.charAt(0)) + first.substring(1);
	}

	private static String humanize(String code) {
		String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String titleOf(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		return (resolved != null) ? resolved.getReasonPhrase() : "Error";
	}

	private static Content problemContent(Map<String, Object> example) {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)).example(example));
	}

	static Map<String, Object> example(int status, String code, String title, String detail) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", ProblemTypes.of(code).toString());
		example.put("title", title);
		example.put("status", status);
		example.put("detail", detail);
		example.put("code", code);
		example.put("requestId", EXAMPLE_REQUEST_ID);
		example.put("traceId", EXAMPLE_TRACE_ID);
		return example;
	}

	private static SecurityScheme bearerScheme() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("An access token from POST /api/auth/login or /api/auth/refresh, valid for 15 minutes");
	}

	static Schema<Object> problemSchema() {
		Schema<Object> fieldError = object().description("One invalid field of a validation failure")
			.addProperty("field", string("The path of the offending field or parameter", "quantity"))
			.addProperty("message", string("What is wrong with it", "must be greater than or equal to 1"))
			.required(List.of("field", "message"));
		Schema<Object> errors = typed(new Schema<>(), "array").items(fieldError)
			.description("Every invalid field, for VALIDATION_FAILED");
		return object()
			.description("An RFC 9457 problem: every error of the fleet answers with one, as application/problem+json")
			.addProperty("type",
					string("Stable URI of the problem type, derived from the code",
							ProblemTypes.of("OUT_OF_STOCK").toString())
						.format("uri"))
			.addProperty("title", string("Short human summary of the problem type", "Out of stock"))
			.addProperty("status",
					typed(new Schema<>(), "integer").format("int32").description("The HTTP status").example(409))
			.addProperty("detail", string("What went wrong this time", "Only 3 of the product are available"))
			.addProperty("code", string("Machine-readable code; clients switch on it, never on detail", "OUT_OF_STOCK"))
			.addProperty("requestId",
					string("The request's X-Request-Id: quote it when reporting a problem", EXAMPLE_REQUEST_ID))
			.addProperty("traceId", string("The W3C trace id of the request, for the log search", EXAMPLE_TRACE_ID))
			.addProperty("errors", errors)
			.required(List.of("type", "title", "status", "code"));
	}

	private static Schema<Object> object() {
		return typed(new Schema<>(), "object");
	}

	private static Schema<Object> string(String description, String example) {
		return typed(new Schema<>(), "string").description(description).example(example);
	}

	// OpenAPI 3.1 documents read "types", 3.0 ones "type": set both
	private static Schema<Object> typed(Schema<Object> schema, String type) {
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

	/**
	 * The problem responses the customizer adds by itself, each kept once under
	 * {@code components.responses}.
	 */
	enum StandardProblem {

		BAD_REQUEST(HttpStatus.BAD_REQUEST, "BadRequest", ProblemTypes.VALIDATION_FAILED, "Validation failed",
				"The request has 1 invalid field(s)",
				"Invalid input: `VALIDATION_FAILED` with an `errors` list of {field, message}, or `MALFORMED_REQUEST` "
						+ "for a body that is not the expected JSON or a parameter of the wrong type"),

		UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized", ProblemTypes.UNAUTHORIZED, "Unauthorized",
				"This request needs an access token",
				"`UNAUTHORIZED`: no access token, or one that is malformed, expired or of an ended session"),

		FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden", ProblemTypes.FORBIDDEN, "Forbidden",
				"Your account may not do this", "`FORBIDDEN`: the access token lacks the ADMIN role"),

		NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound", ProblemTypes.NOT_FOUND, "Not Found", "No resource at this path",
				"`NOT_FOUND`: no such resource, or one that belongs to another user"),

		TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", ProblemTypes.TOO_MANY_REQUESTS,
				"Too Many Requests", "Too many requests; try again after the number of seconds in Retry-After",
				"`TOO_MANY_REQUESTS`: a rate limit was reached; Retry-After says when to try again"),

		SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", ProblemTypes.SERVICE_UNAVAILABLE,
				"Service Unavailable", "The service for this request is unavailable",
				"`SERVICE_UNAVAILABLE`: this service, or one it depends on, cannot answer right now; "
						+ "try again later");

		private final HttpStatus status;

		private final String componentName;

		private final String code;

		private final String title;

		private final String detail;

		private final String description;

		StandardProblem(HttpStatus status, String componentName, String code, String title, String detail,
				String description) {
			this.status = status;
			this.componentName = componentName;
			this.code = code;
			this.title = title;
			this.detail = detail;
			this.description = description;
		}

		ApiResponse response() {
			Map<String, Object> example = example(this.status.value(), this.code, this.title, this.detail);
			if (this == BAD_REQUEST) {
				example.put("errors",
						List.of(Map.of("field", "quantity", "message", "must be greater than or equal to 1")));
			}
			ApiResponse response = new ApiResponse().description(this.description).content(problemContent(example));
			if (this == TOO_MANY_REQUESTS) {
				response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
					.schema(typed(new Schema<>(), "integer")));
			}
			return response;
		}

	}

}

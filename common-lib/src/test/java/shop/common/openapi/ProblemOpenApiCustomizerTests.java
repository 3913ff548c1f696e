package shop.common.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemOpenApiCustomizerTests {

	private final ProblemOpenApiCustomizer customizer = new ProblemOpenApiCustomizer("thing-service",
			new ApiAccess(true, List.of("GET /api/public/**", "/api/open")));

	@Test
	void addsTheProblemSchemaWithTheFleetsFields() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		Schema<?> problem = openApi.getComponents().getSchemas().get(ProblemOpenApiCustomizer.PROBLEM_SCHEMA);
		assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "code", "requestId",
				"traceId", "errors");
		assertThat(problem.getRequired()).contains("type", "title", "status", "code");
		Schema<?> error = problem.getProperties().get("errors").getItems();
		assertThat(error.getProperties()).containsOnlyKeys("field", "message");
		assertThat(problem.getTypes()).containsExactly("object");
	}

	@Test
	void givesAnOperationWithInputAndATokenItsProblemResponsesAndTheBearerScheme() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		Operation create = openApi.getPaths().get("/api/things").getPost();
		assertThat(create.getResponses()).containsOnlyKeys("201", "400", "401", "429", "503");
		assertThat(create.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
		assertThat(create.getSecurity()).singleElement()
			.satisfies((requirement) -> assertThat(requirement).containsKey(ProblemOpenApiCustomizer.BEARER_SCHEME));
		assertThat(openApi.getComponents().getSecuritySchemes().get(ProblemOpenApiCustomizer.BEARER_SCHEME).getScheme())
			.isEqualTo("bearer");
		ApiResponse badRequest = openApi.getComponents().getResponses().get("BadRequest");
		MediaType problemJson = badRequest.getContent().get("application/problem+json");
		assertThat(problemJson.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
		assertThat(example(problemJson)).containsEntry("code", "VALIDATION_FAILED")
			.containsEntry("status", 400)
			.containsKey("errors");
		assertThat(openApi.getComponents().getResponses().get("TooManyRequests").getHeaders())
			.containsKey("Retry-After");
	}

	@Test
	void addsNotFoundForPathVariablesAndForbiddenForAdminOperations() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		assertThat(openApi.getPaths().get("/api/things/{id}").getGet().getResponses()).containsKeys("404", "400")
			.doesNotContainKey("403");
		assertThat(openApi.getPaths().get("/api/admin/things").getGet().getResponses()).containsKeys("401", "403")
			.doesNotContainKeys("400", "404");
	}

	@Test
	void leavesPublicOperationsWithoutTokenOrAuthenticationProblems() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		Operation ping = openApi.getPaths().get("/api/public/ping").getGet();
		assertThat(ping.getSecurity()).isNull();
		assertThat(ping.getResponses()).containsOnlyKeys("200", "429", "503");
		assertThat(openApi.getPaths().get("/api/open").getPost().getResponses()).doesNotContainKey("401");
	}

	@Test
	void answersDeclaredErrorsWithAProblemNamingTheirCode() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		ApiResponse conflict = openApi.getPaths().get("/api/things/{id}/reserve").getPost().getResponses().get("409");
		MediaType problemJson = conflict.getContent().get("application/problem+json");
		assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
		assertThat(problemJson.getSchema().get$ref()).isEqualTo("#/components/schemas/Problem");
		assertThat(example(problemJson)).containsEntry("code", "OUT_OF_STOCK")
			.containsEntry("type", "https://wholesale-shop.dev/problems/out-of-stock")
			.containsEntry("title", "Out of stock")
			.containsEntry("detail", "Fewer units are available than asked for")
			.containsEntry("status", 409);
		ApiResponse unprocessable = openApi.getPaths()
			.get("/api/things/{id}/reserve")
			.getPost()
			.getResponses()
			.get("422");
		assertThat(example(unprocessable.getContent().get("application/problem+json")))
			.containsEntry("code", "UNPROCESSABLE")
			.containsEntry("title", "Unprocessable Content");
	}

	@Test
	void leavesAnErrorResponseWithABodyOfItsOwnAsDeclared() {
		OpenAPI openApi = document();
		Content report = new Content().addMediaType("application/json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/HealthReport")));
		ApiResponse down = new ApiResponse().description("DOWN: the report").content(report);
		down.addExtension(ProblemOpenApiCustomizer.OWN_BODY, true);
		openApi.getPaths().get("/api/public/ping").getGet().getResponses().addApiResponse("503", down);
		this.customizer.customise(openApi);
		ApiResponse answered = openApi.getPaths().get("/api/public/ping").getGet().getResponses().get("503");
		assertThat(answered.getContent()).isSameAs(report);
		assertThat(answered.getExtensions()).isNull();
	}

	@Test
	void marksNothingAsNeedingATokenInAServiceWithoutTokenChecks() {
		OpenAPI openApi = document();
		new ProblemOpenApiCustomizer("open-service", ApiAccess.open()).customise(openApi);
		assertThat(openApi.getPaths().get("/api/admin/things").getGet().getResponses()).doesNotContainKeys("401",
				"403");
		assertThat(openApi.getComponents().getSecuritySchemes()).isNull();
		assertThat(openApi.getInfo().getTitle()).isEqualTo("open-service API");
	}

	@Test
	void pointsTryItOutAtTheOriginTheDocumentCameFrom() {
		OpenAPI openApi = document();
		this.customizer.customise(openApi);
		assertThat(openApi.getServers()).singleElement()
			.satisfies((server) -> assertThat(server.getUrl()).isEqualTo("/"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> example(MediaType mediaType) {
		return (Map<String, Object>) mediaType.getExample();
	}

	private static OpenAPI document() {
		Paths paths = new Paths();
		paths.addPathItem("/api/things", new PathItem().post(new Operation().requestBody(new RequestBody())
			.responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Created")))));
		paths.addPathItem("/api/things/{id}", new PathItem().get(withId(ok())));
		paths
			.addPathItem("/api/things/{id}/reserve",
					new PathItem().post(withId(ok()
						.addApiResponse("409",
								new ApiResponse()
									.description("`OUT_OF_STOCK`: fewer units are available than asked for"))
						.addApiResponse("422", new ApiResponse().description("The order is not delivered yet")))));
		paths.addPathItem("/api/admin/things", new PathItem().get(new Operation().responses(ok())));
		paths.addPathItem("/api/public/ping", new PathItem().get(new Operation().responses(ok())));
		paths.addPathItem("/api/open", new PathItem().post(new Operation().responses(ok())));
		return new OpenAPI().paths(paths);
	}

	private static Operation withId(ApiResponses responses) {
		return new Operation().addParametersItem(new PathParameter().name("id")).responses(responses);
	}

	private static ApiResponses ok() {
		return new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"));
	}

}

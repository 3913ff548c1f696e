package shop.common.test;

import java.util.Locale;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ApiDocsChecks} passes a document that keeps the fleet's rules and names what is
 * wrong with one that does not.
 */
class ApiDocsChecksTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String THING = "/paths/~1api~1things~1{thingId}/get";

	private static final ApiDocsChecks.Expected EXPECTED = ApiDocsChecks.operations("GET /api/things/{thingId}")
		.examplesOn("Thing");

	private static final String DOCUMENT = """
			{"openapi": "3.1.0",
			 "info": {"title": "thing-service API", "version": "v1"},
			 "tags": [{"name": "Things", "description": "The things"}],
			 "paths": {"/api/things/{thingId}": {"get": {
			   "tags": ["Things"], "summary": "One thing",
			   "parameters": [{"name": "thingId", "in": "path", "required": true,
			                   "schema": {"type": "string", "format": "uuid"}}],
			   "responses": {
			     "200": {"description": "The thing",
			             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			     "400": {"$ref": "#/components/responses/BadRequest"},
			     "404": {"description": "`THING_GONE`: it is gone", "content": {"application/problem+json": {
			       "schema": {"$ref": "#/components/schemas/Problem"},
			       "example": {"type": "https://wholesale-shop.dev/problems/thing-gone", "title": "Thing gone",
			                   "status": 404, "code": "THING_GONE"}}}},
			     "429": {"$ref": "#/components/responses/TooManyRequests"},
			     "503": {"$ref": "#/components/responses/ServiceUnavailable"}}}}},
			 "components": {
			   "schemas": {
			     "Problem": {"type": "object", "properties": {"type": {}, "title": {}, "status": {}, "detail": {},
			                 "code": {}, "requestId": {}, "traceId": {}, "errors": {}}},
			     "Thing": {"type": "object", "properties": {
			       "thingId": {"type": "string", "format": "uuid", "example": "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f"},
			       "madeAt": {"type": "string", "format": "date-time", "example": "2026-03-14T09:00:00Z"},
			       "kind": {"type": "string", "enum": ["SMALL", "LARGE"], "example": "LARGE"},
			       "weightGrams": {"type": "integer", "example": 1370},
			       "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}},
			   "responses": {
			     "BadRequest": %s, "TooManyRequests": %s, "ServiceUnavailable": %s}}}""".formatted(
			problem(400, "VALIDATION_FAILED"), problem(429, "TOO_MANY_REQUESTS"), problem(503, "SERVICE_UNAVAILABLE"));

	@Test
	void passesADocumentThatKeepsTheRules() {
		ApiDocs docs = ApiDocsChecks.check(DOCUMENT, EXPECTED);

		assertThat(docs.problemCode("GET", "/api/things/{thingId}", 404)).isEqualTo("THING_GONE");
		assertThat(docs.problemCode("GET", "/api/things/{thingId}", 503)).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(docs.needsToken("GET", "/api/things/{thingId}")).isFalse();
		assertThat(docs.exampleOf("Thing").path("kind").asString()).isEqualTo("LARGE");
	}

	@Test
	void refusesAnythingInternal() {
		assertFails((json) -> ((ObjectNode) json.path("paths")).set("/internal/things", JSON.createObjectNode()),
				EXPECTED, "names nothing internal");
	}

	@Test
	void refusesMissingAndUnexpectedOperations() {
		assertFails((json) -> ((ObjectNode) json.path("paths")).set("/api/other",
				JSON.readTree("{\"get\": {\"summary\": \"x\"}}")), EXPECTED, "the public operations");
		assertThatThrownBy(() -> ApiDocsChecks.check(DOCUMENT,
				ApiDocsChecks.operations("GET /api/things/{thingId}", "DELETE /api/things/{thingId}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("DELETE /api/things/{thingId}");
	}

	@Test
	void refusesAnOperationWithoutSummaryOrDescribedTag() {
		assertFails((json) -> ((ObjectNode) json.at(THING)).remove("summary"), EXPECTED,
				"GET /api/things/{thingId}: no summary");
		assertFails((json) -> ((ObjectNode) json).remove("tags"), EXPECTED,
				"tag \"Things\" is not declared with a description");
	}

	@Test
	void refusesAnErrorThatIsNotAProblem() {
		assertFails((json) -> {
			ObjectNode content = (ObjectNode) json.at(THING + "/responses/404/content");
			content.set("application/json", content.remove("application/problem+json"));
		}, EXPECTED, "404 is not answered as application/problem+json alone");
		assertFails((json) -> ((ObjectNode) json.at(THING + "/responses/404/content/application~1problem+json/example"))
			.put("status", 410), EXPECTED, "404 shows an example problem of status 410");
		assertFails((json) -> ((ObjectNode) json.at(THING + "/responses/404/content/application~1problem+json/example"))
			.put("type", "https://wholesale-shop.dev/problems/not-found"), EXPECTED, "does not match its code");
	}

	@Test
	void requiresTheProblemsEveryOperationCanAnswer() {
		assertFails((json) -> ((ObjectNode) json.at(THING + "/responses")).remove("404"), EXPECTED,
				"does not document 404");
		assertFails((json) -> ((ObjectNode) json.at(THING + "/responses")).remove("429"), EXPECTED,
				"does not document 429");
		assertFails((json) -> ((ObjectNode) json.at(THING)).set("security", JSON.readTree("[{\"bearer\": []}]")),
				EXPECTED, "does not document 401");
	}

	@Test
	void requiresATokenForAdminOperations() {
		String admin = DOCUMENT.replace("/api/things/{thingId}", "/api/admin/things/{thingId}");
		assertThatThrownBy(
				() -> ApiDocsChecks.check(admin, ApiDocsChecks.operations("GET /api/admin/things/{thingId}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("an admin operation without the bearer token")
			.hasMessageContaining("does not document 403");
	}

	@Test
	void refusesExamplesThatDoNotFitTheirSchema() {
		assertFails((json) -> ((ObjectNode) json.at("/components/schemas/Thing/properties/thingId")).put("example",
				"thing-1"), EXPECTED, "Thing.thingId: example \"thing-1\" is not a uuid");
		assertFails((json) -> ((ObjectNode) json.at("/components/schemas/Thing/properties/madeAt")).put("example",
				"14.03.2026"), EXPECTED, "is not a date-time");
		assertFails(
				(json) -> ((ObjectNode) json.at("/components/schemas/Thing/properties/kind")).put("example", "MEDIUM"),
				EXPECTED, "is not one of");
		assertFails((json) -> ((ObjectNode) json.at("/components/schemas/Thing/properties/weightGrams")).put("example",
				"heavy"), EXPECTED, "is not an integer");
	}

	@Test
	void requiresAnExampleOnEveryFieldOfTheNamedSchemas() {
		assertFails((json) -> ((ObjectNode) json.at("/components/schemas/Thing/properties/kind")).remove("example"),
				EXPECTED, "Thing.kind: no example");
		assertThatThrownBy(() -> ApiDocsChecks.check(DOCUMENT, EXPECTED.examplesOn("Widget")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("components.schemas.Widget: expected with examples, not documented");
	}

	@Test
	void letsAnErrorWithItsOwnBodyPassOnlyWhenDeclared() {
		Consumer<JsonNode> ownBody = (json) -> ((ObjectNode) json.at(THING + "/responses")).set("503",
				JSON.readTree("{\"description\": \"Down\", \"content\": {\"application/json\": "
						+ "{\"schema\": {\"$ref\": \"#/components/schemas/Thing\"}}}}"));
		assertFails(ownBody, EXPECTED, "503 is not answered as application/problem+json alone");
		ApiDocsChecks.check(mutated(ownBody), EXPECTED.ownBody("GET", "/api/things/{thingId}", 503));
	}

	@Test
	void toleratesAKnownGapOnlyWhileItIsThere() {
		Consumer<JsonNode> noSummary = (json) -> ((ObjectNode) json.at(THING)).remove("summary");
		ApiDocsChecks.check(mutated(noSummary), EXPECTED.knownGaps("GET /api/things/{thingId}: no summary"));
		assertThatThrownBy(
				() -> ApiDocsChecks.check(DOCUMENT, EXPECTED.knownGaps("GET /api/things/{thingId}: no summary")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("known gap no longer found");
	}

	@Test
	void refusesWhatIsNotAnOpenApi3JsonDocument() {
		assertThatThrownBy(() -> ApiDocsChecks.check("<html>Whitelabel</html>", EXPECTED))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("not JSON");
		assertThatThrownBy(() -> ApiDocsChecks.check(DOCUMENT.replace("3.1.0", "2.0"), EXPECTED))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("the OpenAPI version");
	}

	private static void assertFails(Consumer<JsonNode> change, ApiDocsChecks.Expected expected, String message) {
		String document = mutated(change);
		assertThatThrownBy(() -> ApiDocsChecks.check(document, expected)).isInstanceOf(AssertionError.class)
			.hasMessageContaining(message);
	}

	private static String mutated(Consumer<JsonNode> change) {
		JsonNode json = JSON.readTree(DOCUMENT);
		change.accept(json);
		return json.toString();
	}

	private static String problem(int status, String code) {
		return """
				{"description": "`%s`", "content": {"application/problem+json": {
				  "schema": {"$ref": "#/components/schemas/Problem"},
				  "example": {"type": "https://wholesale-shop.dev/problems/%s", "title": "Title", "status": %d,
				              "code": "%s"}}}}""".formatted(code, code.toLowerCase(Locale.ROOT).replace('_', '-'),
				status, code);
	}

}

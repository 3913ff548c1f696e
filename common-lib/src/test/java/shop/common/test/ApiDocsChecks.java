package shop.common.test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import shop.common.web.ProblemTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every service's {@code ApiDocsIntegrationTests} makes of the OpenAPI
 * document it serves at {@code /v3/api-docs} (the one the gateway's Swagger UI shows):
 * <ul>
 * <li>it is an OpenAPI 3 JSON document with a title and a version, and names nothing
 * under {@code /internal};</li>
 * <li>it lists exactly the expected public operations;</li>
 * <li>every operation has a summary and a described tag, says what a success answers, and
 * documents its problems as {@code application/problem+json} with the fleet's
 * {@code Problem} schema and an example whose {@code code}, {@code type} and
 * {@code status} agree: always 429 and 503, 400 when it takes input, 404 when its path
 * has a variable, 401 when it needs a token, and a token with 401 and 403 under
 * {@code /api/admin/};</li>
 * <li>every parameter and request body is typed and shows how it is used (a description
 * or an example), and request bodies show an example;</li>
 * <li>every example of a schema fits it (a uuid parses, a date-time is ISO-8601, an
 * enum's example is one of its values, numbers are numbers), and the schemas the service
 * names carry an example on every field.</li>
 * </ul>
 * Each service then asserts what is its own (a problem code, a public operation without a
 * token) on the returned {@link ApiDocs}.
 */
public final class ApiDocsChecks {

	static final String BEARER = "bearer";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String JSON_MEDIA = "application/json";

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	private static final String ADMIN_PREFIX = "/api/admin/";

	private static final List<String> PROBLEM_FIELDS = List.of("type", "title", "status", "detail", "code", "requestId",
			"traceId", "errors");

	private static final Pattern OPENAPI_3 = Pattern.compile("3\\.\\d+\\.\\d+");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiDocsChecks() {
	}

	/**
	 * What a service's document must list.
	 * @param operations every public operation, as {@code "GET
	 * /api/products/{productId}"}
	 */
	public static Expected operations(String... operations) {
		return new Expected(List.of(operations), Set.of(), List.of(), List.of());
	}

	/**
	 * Fetches the document of the service listening on {@code port} and runs every check.
	 * @return the document, for the service's own assertions
	 */
	public static ApiDocs check(int port, Expected expected) {
		HttpResponse<String> response = Http.get("http://localhost:" + port + "/v3/api-docs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(JSON_MEDIA));
		return check(response.body(), expected);
	}

	/**
	 * Runs every check on a document already fetched.
	 */
	static ApiDocs check(String body, Expected expected) {
		assertThat(body).as("a public document names nothing internal").doesNotContain("/internal");
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new AssertionError("The document is not JSON: " + ex.getOriginalMessage(), ex);
		}
		assertThat(json.isObject()).as("the document is a JSON object").isTrue();
		ApiDocs docs = new ApiDocs(json);
		assertThat(json.path("openapi").asString("")).as("the OpenAPI version").matches(OPENAPI_3);
		assertThat(docs.operations().keySet()).as("the public operations")
			.containsExactlyInAnyOrderElementsOf(expected.operations());
		List<String> missing = new ArrayList<>();
		checkInfo(json, missing);
		checkProblemSchema(docs, missing);
		docs.operations()
			.forEach((operation, node) -> new OperationCheck(docs, expected, operation, node, missing).run());
		for (String ownBody : expected.ownBodies()) {
			String[] parts = ownBody.split(" ");
			if (docs.response(parts[0], parts[1], Integer.parseInt(parts[2])).isMissingNode()) {
				missing.add(ownBody + ": declared with its own body but not documented");
			}
		}
		checkSchemaExamples(docs, missing);
		for (String schema : expected.exampleSchemas()) {
			checkExamplesOn(docs, schema, missing);
		}
		for (String gap : expected.knownGaps()) {
			if (!missing.remove(gap)) {
				missing.add("known gap no longer found, take it off the test: " + gap);
			}
		}
		assertThat(missing).as("what the OpenAPI document lacks").isEmpty();
		return docs;
	}

	private static void checkInfo(JsonNode json, List<String> missing) {
		if (json.at("/info/title").asString("").isBlank()) {
			missing.add("info.title");
		}
		if (json.at("/info/version").asString("").isBlank()) {
			missing.add("info.version");
		}
	}

	private static void checkProblemSchema(ApiDocs docs, List<String> missing) {
		JsonNode properties = docs.schema("Problem").path("properties");
		for (String field : PROBLEM_FIELDS) {
			if (!properties.has(field)) {
				missing.add("components.schemas.Problem." + field);
			}
		}
	}

	private static void checkSchemaExamples(ApiDocs docs, List<String> missing) {
		docs.json()
			.path("components")
			.path("schemas")
			.properties()
			.forEach((schema) -> walkExamples(schema.getKey(), schema.getValue(), missing, 0));
	}

	private static void walkExamples(String where, JsonNode schema, List<String> missing, int depth) {
		if (!schema.isObject() || depth > 20) {
			return;
		}
		checkExample(where, schema, missing);
		schema.path("properties")
			.properties()
			.forEach((property) -> walkExamples(where + "." + property.getKey(), property.getValue(), missing,
					depth + 1));
		walkExamples(where + "[]", schema.path("items"), missing, depth + 1);
		walkExamples(where + "{}", schema.path("additionalProperties"), missing, depth + 1);
		for (String composition : List.of("allOf", "oneOf", "anyOf")) {
			schema.path(composition).valueStream().forEach((part) -> walkExamples(where, part, missing, depth + 1));
		}
	}

	/**
	 * Whether an example fits the schema it illustrates.
	 */
	static void checkExample(String where, JsonNode schema, List<String> missing) {
		JsonNode example = schema.get("example");
		if (example == null || example.isNull()) {
			return;
		}
		Set<String> types = types(schema);
		String problem = null;
		if (schema.has("enum") && example.isValueNode()
				&& schema.path("enum").valueStream().noneMatch(example::equals)) {
			problem = "is not one of " + schema.path("enum");
		}
		else if (types.contains("integer") && !example.isIntegralNumber()) {
			problem = "is not an integer";
		}
		else if (types.contains("number") && !example.isNumber()) {
			problem = "is not a number";
		}
		else if (types.contains("boolean") && !example.isBoolean()) {
			problem = "is not a boolean";
		}
		else if (types.contains("array") && !example.isArray()) {
			problem = "is not an array";
		}
		else if (types.contains("string")) {
			problem = example.isString() ? formatProblem(schema.path("format").asString(""), example.stringValue())
					: "is not a string";
		}
		if (problem != null) {
			missing.add(where + ": example " + example + " " + problem);
		}
	}

	private static String formatProblem(String format, String value) {
		try {
			switch (format) {
				case "uuid" -> UUID.fromString(value);
				case "date-time" -> OffsetDateTime.parse(value);
				case "date" -> LocalDate.parse(value);
				case "uri" -> {
					if (!URI.create(value).isAbsolute()) {
						return "is not an absolute URI";
					}
				}
				default -> {
					return null;
				}
			}
			return null;
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return "is not a " + format;
		}
	}

	private static void checkExamplesOn(ApiDocs docs, String name, List<String> missing) {
		JsonNode schema = docs.schema(name);
		if (schema.isMissingNode()) {
			missing.add("components.schemas." + name + ": expected with examples, not documented");
			return;
		}
		if (schema.has("example")) {
			return;
		}
		if (schema.path("properties").isEmpty()) {
			missing.add(name + ": neither an example nor properties with examples");
		}
		schema.path("properties").properties().forEach((property) -> {
			if (!isReference(property.getValue()) && !property.getValue().has("example")) {
				missing.add(name + "." + property.getKey() + ": no example");
			}
		});
	}

	/**
	 * A property that is (a list or map of) another schema, which carries its own
	 * examples.
	 */
	private static boolean isReference(JsonNode property) {
		return property.has("$ref") || property.has("allOf") || property.has("oneOf") || property.has("anyOf")
				|| property.path("items").has("$ref") || property.path("additionalProperties").has("$ref");
	}

	static Set<String> types(JsonNode schema) {
		Set<String> types = new LinkedHashSet<>();
		for (String key : List.of("type", "types")) {
			JsonNode type = schema.path(key);
			if (type.isString()) {
				types.add(type.stringValue());
			}
			type.valueStream().filter(JsonNode::isString).forEach((each) -> types.add(each.stringValue()));
		}
		return types;
	}

	/**
	 * What one service's document must list, and where it may differ from the rules.
	 *
	 * @param operations every public operation, as {@code "POST /api/orders"}
	 * @param ownBodies error answers whose body is not a problem (a health report
	 * answered with 503), as {@code "GET /api/health 503"}
	 * @param exampleSchemas schemas that must show an example on every field (or as a
	 * whole)
	 * @param knownGaps findings the service knows about and has not fixed yet, exactly as
	 * the check reports them
	 */
	public record Expected(List<String> operations, Set<String> ownBodies, List<String> exampleSchemas,
			List<String> knownGaps) {

		public Expected {
			operations = List.copyOf(operations);
			ownBodies = Set.copyOf(ownBodies);
			exampleSchemas = List.copyOf(exampleSchemas);
			knownGaps = List.copyOf(knownGaps);
		}

		/**
		 * An error answer that is documented with a body of its own instead of a problem.
		 */
		public Expected ownBody(String method, String path, int status) {
			Set<String> bodies = new LinkedHashSet<>(this.ownBodies);
			bodies.add(method.toUpperCase(Locale.ROOT) + " " + path + " " + status);
			return new Expected(this.operations, bodies, this.exampleSchemas, this.knownGaps);
		}

		/**
		 * Schemas (under {@code components.schemas}) that must carry an example on every
		 * field that is not itself a schema, or one example as a whole.
		 */
		public Expected examplesOn(String... schemas) {
			List<String> all = new ArrayList<>(this.exampleSchemas);
			all.addAll(List.of(schemas));
			return new Expected(this.operations, this.ownBodies, all, this.knownGaps);
		}

		/**
		 * Findings to let pass for now, each exactly as the check reports it (such as
		 * {@code "GET /api/things: query parameter page has neither a description nor an
		 * example"}). A known gap that is no longer found fails the check, so that the
		 * exception goes once the gap is fixed.
		 */
		public Expected knownGaps(String... findings) {
			List<String> all = new ArrayList<>(this.knownGaps);
			all.addAll(List.of(findings));
			return new Expected(this.operations, this.ownBodies, this.exampleSchemas, all);
		}

	}

	/**
	 * The checks of one operation.
	 */
	private record OperationCheck(ApiDocs docs, Expected expected, String operation, JsonNode node,
			List<String> missing) {

		void run() {
			String path = this.operation.substring(this.operation.indexOf(' ') + 1);
			if (this.node.path("summary").asString("").isBlank()) {
				fail("no summary");
			}
			checkTags();
			JsonNode responses = this.node.path("responses");
			boolean succeeds = false;
			for (Map.Entry<String, JsonNode> response : responses.properties()) {
				String status = response.getKey();
				JsonNode resolved = this.docs.resolve(response.getValue());
				if (resolved.path("description").asString("").isBlank()) {
					fail(status + " has no description");
				}
				if (status.startsWith("4") || status.startsWith("5")) {
					checkError(Integer.parseInt(status), resolved);
				}
				else {
					succeeds = true;
					checkSuccess(status, resolved);
				}
			}
			if (!succeeds) {
				fail("no successful answer");
			}
			boolean hasInput = this.node.has("requestBody") || !this.node.path("parameters").isEmpty();
			boolean needsToken = this.node.path("security")
				.valueStream()
				.anyMatch((requirement) -> requirement.has(BEARER));
			boolean admin = path.startsWith(ADMIN_PREFIX);
			if (admin && !needsToken) {
				fail("an admin operation without the bearer token");
			}
			require(responses, 429, true);
			require(responses, 503, true);
			require(responses, 400, hasInput);
			require(responses, 404, path.contains("{"));
			require(responses, 401, needsToken || admin);
			require(responses, 403, admin);
			checkParameters();
			checkRequestBody();
		}

		private void checkTags() {
			JsonNode tags = this.node.path("tags");
			if (tags.isEmpty()) {
				fail("no tag");
			}
			for (JsonNode tag : tags.values()) {
				boolean described = this.docs.json()
					.path("tags")
					.valueStream()
					.anyMatch((declared) -> declared.path("name").equals(tag)
							&& !declared.path("description").asString("").isBlank());
				if (!described) {
					fail("tag " + tag + " is not declared with a description (@Tag on the controller)");
				}
			}
		}

		private void checkSuccess(String status, JsonNode response) {
			if (!List.of("200", "201", "202").contains(status)) {
				return;
			}
			JsonNode content = response.path("content");
			if (content.isEmpty()) {
				fail(status + " does not say what it answers");
			}
			content.properties().forEach((media) -> {
				if (!media.getValue().has("schema")) {
					fail(status + " " + media.getKey() + " has no schema");
				}
			});
		}

		private void checkError(int status, JsonNode response) {
			if (this.expected.ownBodies().contains(this.operation + " " + status)) {
				if (!response.path("content").path(JSON_MEDIA).has("schema")) {
					fail(status + " is declared with its own body but shows no schema");
				}
				return;
			}
			JsonNode content = response.path("content");
			if (!content.propertyNames().equals(Set.of(PROBLEM_JSON))) {
				fail(status + " is not answered as " + PROBLEM_JSON + " alone: " + content.propertyNames());
				return;
			}
			JsonNode media = content.path(PROBLEM_JSON);
			if (!PROBLEM_REF.equals(media.at("/schema/$ref").asString(""))) {
				fail(status + " does not use the Problem schema");
			}
			JsonNode example = media.path("example");
			String code = example.path("code").asString("");
			if (!CODE.matcher(code).matches()) {
				fail(status + " shows no example problem with a code");
				return;
			}
			if (example.path("status").asInt(-1) != status) {
				fail(status + " shows an example problem of status " + example.path("status"));
			}
			if (!ProblemTypes.of(code).toString().equals(example.path("type").asString(""))) {
				fail(status + " shows an example problem whose type does not match its code " + code);
			}
			if (example.path("title").asString("").isBlank()) {
				fail(status + " shows an example problem without a title");
			}
		}

		private void require(JsonNode responses, int status, boolean required) {
			if (required && !responses.has(String.valueOf(status))) {
				fail("does not document " + status);
			}
		}

		private void checkParameters() {
			for (JsonNode parameter : this.node.path("parameters").values()) {
				JsonNode resolved = this.docs.resolve(parameter);
				String name = resolved.path("in").asString("?") + " parameter " + resolved.path("name").asString("?");
				if (!resolved.has("schema") && !resolved.has("content")) {
					fail(name + " has no schema");
				}
				if ("path".equals(resolved.path("in").asString("")) && !resolved.path("required").asBoolean(false)) {
					fail(name + " is not required");
				}
				if ("query".equals(resolved.path("in").asString(""))
						&& resolved.path("description").asString("").isBlank() && !resolved.has("example")
						&& !resolved.path("schema").has("example")) {
					fail(name + " has neither a description nor an example");
				}
				JsonNode schema = resolved.path("schema");
				if (schema.isObject()) {
					checkExample(this.operation + " " + name, schema, this.missing);
				}
			}
		}

		private void checkRequestBody() {
			if (!this.node.has("requestBody")) {
				return;
			}
			JsonNode content = this.docs.resolve(this.node.path("requestBody")).path("content");
			if (!content.has(JSON_MEDIA)) {
				fail("the request body is not " + JSON_MEDIA + ": " + content.propertyNames());
				return;
			}
			JsonNode media = content.path(JSON_MEDIA);
			JsonNode schema = this.docs.resolve(media.path("schema"));
			if (schema.isMissingNode()) {
				fail("the request body has no schema");
				return;
			}
			if (!media.has("example") && !media.has("examples") && !showsExample(schema, 0)) {
				fail("the request body shows no example");
			}
		}

		/**
		 * Whether Swagger UI can fill in an example of the schema: it has one, or one of
		 * its fields, items or values has, a few levels down.
		 */
		private boolean showsExample(JsonNode node, int depth) {
			JsonNode schema = this.docs.resolve(node);
			if (schema.has("example") || schema.has("examples")) {
				return true;
			}
			if (depth > 5) {
				return false;
			}
			return schema.path("properties").valueStream().anyMatch((property) -> showsExample(property, depth + 1))
					|| (schema.has("items") && showsExample(schema.path("items"), depth + 1))
					|| (schema.path("additionalProperties").isObject()
							&& showsExample(schema.path("additionalProperties"), depth + 1));
		}

		private void fail(String what) {
			this.missing.add(this.operation + ": " + what);
		}

	}

}

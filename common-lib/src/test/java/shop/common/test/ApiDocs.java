package shop.common.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as {@link ApiDocsChecks} fetched it, with the look-ups the
 * services' own assertions need: operations by method and path, their responses with
 * {@code $ref}s followed, the code of a documented problem.
 */
public final class ApiDocs {

	static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

	private final JsonNode json;

	ApiDocs(JsonNode json) {
		this.json = json;
	}

	/**
	 * The whole document.
	 */
	public JsonNode json() {
		return this.json;
	}

	/**
	 * Every operation, keyed {@code "GET /api/products"}, in the document's order.
	 */
	public Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		this.json.path("paths").properties().forEach((path) -> {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (!operation.isMissingNode()) {
					operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), operation);
				}
			}
		});
		return operations;
	}

	/**
	 * One operation; a missing node when the document has none.
	 * @param method the HTTP method, any case
	 * @param path the path as documented, with {@code {variables}}
	 */
	public JsonNode operation(String method, String path) {
		return this.json.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
	}

	/**
	 * The statuses an operation documents, such as {@code "201"} and {@code "409"}.
	 */
	public Set<String> statuses(String method, String path) {
		return Set.copyOf(operation(method, path).path("responses").propertyNames());
	}

	/**
	 * One documented response, {@code $ref} to {@code components.responses} followed.
	 */
	public JsonNode response(String method, String path, int status) {
		return resolve(operation(method, path).path("responses").path(String.valueOf(status)));
	}

	/**
	 * The {@code code} of the example problem a response shows; {@code null} when it
	 * shows none.
	 */
	public String problemCode(String method, String path, int status) {
		JsonNode code = response(method, path, status).at("/content/application~1problem+json/example/code");
		return code.isString() ? code.stringValue() : null;
	}

	/**
	 * Whether an operation asks for the bearer token.
	 */
	public boolean needsToken(String method, String path) {
		return operation(method, path).path("security")
			.valueStream()
			.anyMatch((requirement) -> requirement.has(ApiDocsChecks.BEARER));
	}

	/**
	 * A schema under {@code components.schemas}; a missing node when there is none.
	 */
	public JsonNode schema(String name) {
		return this.json.path("components").path("schemas").path(name);
	}

	/**
	 * The example request bodies an operation shows, by name ({@code "example"} for a
	 * single unnamed one), in the document's order.
	 */
	public Map<String, JsonNode> requestExamples(String method, String path) {
		JsonNode media = resolve(operation(method, path).path("requestBody")).path("content").path("application/json");
		Map<String, JsonNode> examples = new LinkedHashMap<>();
		if (media.has("example")) {
			examples.put("example", media.get("example"));
		}
		media.path("examples")
			.properties()
			.forEach((example) -> examples.put(example.getKey(), resolve(example.getValue()).path("value")));
		return examples;
	}

	/**
	 * The example of a schema as Swagger UI shows it: the schema's own example, or an
	 * object made of the examples of its fields (a list of one for an array), following
	 * references; fields without an example are left out. Send it to check that what the
	 * document shows works.
	 * @param name a schema under {@code components.schemas}
	 */
	public JsonNode exampleOf(String name) {
		JsonNode example = example(schema(name), 0);
		if (example == null) {
			throw new AssertionError("components.schemas." + name + " shows no example");
		}
		return example;
	}

	private JsonNode example(JsonNode node, int depth) {
		JsonNode schema = resolve(node);
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (depth > 10) {
			return null;
		}
		if (schema.path("properties").isObject()) {
			ObjectNode object = JsonNodeFactory.instance.objectNode();
			schema.path("properties").properties().forEach((property) -> {
				JsonNode value = example(property.getValue(), depth + 1);
				if (value != null) {
					object.set(property.getKey(), value);
				}
			});
			return object.isEmpty() ? null : object;
		}
		if (schema.has("items")) {
			JsonNode item = example(schema.path("items"), depth + 1);
			ArrayNode array = JsonNodeFactory.instance.arrayNode();
			return (item != null) ? array.add(item) : null;
		}
		return null;
	}

	/**
	 * The node a {@code {"$ref": "#/..."}} points at, or the node itself when it is no
	 * reference.
	 */
	public JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; hops < 10 && current.path("$ref").isString(); hops++) {
			String ref = current.path("$ref").stringValue();
			if (!ref.startsWith("#/")) {
				return current;
			}
			current = this.json.at(ref.substring(1));
		}
		return current;
	}

}

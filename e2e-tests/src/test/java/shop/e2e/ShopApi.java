package shop.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import shop.fleet.FleetOptions;

/**
 * The gateway's public API as a black-box client sees it: plain HTTP and JSON, every
 * status and body returned as it is.
 */
public final class ShopApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String gateway;

	private final FleetOptions options;

	ShopApi(String gateway, FleetOptions options) {
		this.gateway = gateway;
		this.options = options;
	}

	public String gateway() {
		return this.gateway;
	}

	public FleetOptions options() {
		return this.options;
	}

	public Call get(String path) {
		return new Call("GET", path, null);
	}

	public Call post(String path, Object body) {
		return new Call("POST", path, body);
	}

	public Call put(String path, Object body) {
		return new Call("PUT", path, body);
	}

	public Call delete(String path) {
		return new Call("DELETE", path, null);
	}

	/**
	 * An absolute URL, for links the API hands out (an approval URL, say).
	 */
	public Response getAbsolute(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	public static ObjectNode json() {
		return JSON.createObjectNode();
	}

	public static String uniqueEmail() {
		return "shopper-" + UUID.randomUUID().toString().substring(0, 12) + "@e2e.example.com";
	}

	Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A request being built.
	 */
	public final class Call {

		private final String method;

		private final String path;

		private final Object body;

		private final List<String> headers = new ArrayList<>();

		Call(String method, String path, Object body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		public Call token(String accessToken) {
			return header("Authorization", "Bearer " + accessToken);
		}

		public Call header(String name, String value) {
			this.headers.add(name);
			this.headers.add(value);
			return this;
		}

		public Response send() {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ShopApi.this.gateway + this.path));
			if (this.body != null) {
				String text = (this.body instanceof String raw) ? raw : JSON.writeValueAsString(this.body);
				request.header("Content-Type", "application/json")
					.method(this.method, HttpRequest.BodyPublishers.ofString(text));
			}
			else {
				request.method(this.method, HttpRequest.BodyPublishers.noBody());
			}
			if (!this.headers.isEmpty()) {
				request.headers(this.headers.toArray(String[]::new));
			}
			return ShopApi.this.send(request);
		}

	}

	/**
	 * An answer.
	 */
	public static final class Response {

		private final HttpResponse<String> response;

		private JsonNode json;

		Response(HttpResponse<String> response) {
			this.response = response;
		}

		public int status() {
			return this.response.statusCode();
		}

		public String body() {
			return this.response.body();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public JsonNode json() {
			if (this.json == null) {
				this.json = JSON.readTree(this.response.body().isEmpty() ? "null" : this.response.body());
			}
			return this.json;
		}

		/**
		 * A field by a dotted path ({@code "items.0.price.amount"}), missing as a missing
		 * node.
		 */
		public JsonNode at(String dottedPath) {
			JsonNode node = json();
			for (String part : dottedPath.split("\\.")) {
				node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
			}
			return node;
		}

		public String text(String dottedPath) {
			JsonNode node = at(dottedPath);
			return node.isMissingNode() || node.isNull() ? null : node.asString();
		}

		@Override
		public String toString() {
			return this.response.request().method() + " " + this.response.uri() + " -> " + status() + " " + body();
		}

	}

}

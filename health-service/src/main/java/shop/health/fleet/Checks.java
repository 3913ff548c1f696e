package shop.health.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The individual checks, each bounded by the timeout: a service's health endpoint, the
 * log store's probe, a database {@code select 1}, a Redis {@code PING}.
 */
class Checks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final Duration timeout;

	Checks(Duration timeout) {
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
	}

	/**
	 * A service's {@code /actuator/health}; UP when it answers 200 with status UP.
	 * @return the health, and the answer's body when there was one
	 */
	Result service(String baseUrl) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = getHealth(baseUrl, started);
			long latency = millisSince(started);
			JsonNode body = parse(response.body());
			String status = (body != null && body.has("status")) ? body.get("status").asString() : null;
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("httpStatus", response.statusCode());
			if (status != null) {
				details.put("reported", status);
			}
			ComponentHealth health = (response.statusCode() == 200 && ComponentHealth.UP.equals(status))
					? ComponentHealth.up(latency, details) : ComponentHealth.down(latency, details);
			return new Result(health, body);
		}
		catch (IOException ex) {
			return new Result(failed(started, ex), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(failed(started, ex), null);
		}
	}

	/**
	 * One GET, repeated once when the connection failed at once (a pooled connection the
	 * other side had closed), within what is left of the timeout; never after a timeout.
	 */
	private HttpResponse<String> getHealth(String baseUrl, long started) throws IOException, InterruptedException {
		URI uri = URI.create(baseUrl + "/actuator/health");
		try {
			return this.http.send(HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw ex;
		}
		catch (IOException ex) {
			Duration left = this.timeout.minusNanos(System.nanoTime() - started);
			if (left.toMillis() < 50) {
				throw ex;
			}
			return this.http.send(HttpRequest.newBuilder(uri).timeout(left).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * log-service's store probe (write, read and delete an object).
	 */
	ComponentHealth logStore(String logServiceUrl, String apiKey) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create(logServiceUrl + "/internal/logs/probe"))
					.timeout(this.timeout)
					.header("X-Api-Key", (apiKey != null) ? apiKey : "")
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			long latency = millisSince(started);
			JsonNode body = parse(response.body());
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("httpStatus", response.statusCode());
			if (body != null && body.has("store")) {
				details.put("store", body.get("store").asString());
			}
			if (response.statusCode() == 200) {
				return ComponentHealth.up(latency, details);
			}
			if (body != null && body.has("detail")) {
				details.put("error", body.get("detail").asString());
			}
			return ComponentHealth.down(latency, details);
		}
		catch (IOException ex) {
			return failed(started, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(started, ex);
		}
	}

	/**
	 * {@code select 1} through a fresh connection, with connect and socket timeouts.
	 */
	ComponentHealth database(String url, String username, String password) {
		long started = System.nanoTime();
		Properties properties = new Properties();
		properties.setProperty("user", (username != null) ? username : "");
		properties.setProperty("password", (password != null) ? password : "");
		String seconds = Long.toString(Math.max(1, this.timeout.toSeconds()));
		properties.setProperty("loginTimeout", seconds);
		properties.setProperty("connectTimeout", seconds);
		properties.setProperty("socketTimeout", seconds);
		try (Connection connection = DriverManager.getConnection(url, properties);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select 1")) {
			result.next();
			return ComponentHealth.up(millisSince(started), Map.of("source", "select 1"));
		}
		catch (Exception ex) {
			return failed(started, ex);
		}
	}

	/**
	 * A Redis {@code PING} over RESP, after {@code AUTH} when the URL carries a password.
	 */
	ComponentHealth redis(String redisUrl) {
		long started = System.nanoTime();
		URI uri = URI.create(redisUrl);
		int port = (uri.getPort() > 0) ? uri.getPort() : 6379;
		int millis = (int) this.timeout.toMillis();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), port), millis);
			socket.setSoTimeout(millis);
			OutputStream out = socket.getOutputStream();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String userInfo = uri.getUserInfo();
			if (userInfo != null && !userInfo.isEmpty()) {
				String password = userInfo.contains(":") ? userInfo.substring(userInfo.indexOf(':') + 1) : userInfo;
				out.write(command("AUTH", password));
				String auth = in.readLine();
				if (auth == null || !auth.startsWith("+OK")) {
					return ComponentHealth.down(millisSince(started), Map.of("type", "redis", "error", "AUTH refused"));
				}
			}
			out.write(command("PING"));
			String reply = in.readLine();
			if ("+PONG".equals(reply)) {
				return ComponentHealth.up(millisSince(started), Map.of("type", "redis"));
			}
			return ComponentHealth.down(millisSince(started),
					Map.of("type", "redis", "error", "unexpected reply " + reply));
		}
		catch (IOException ex) {
			return failed(started, ex);
		}
	}

	private static byte[] command(String... parts) {
		StringBuilder resp = new StringBuilder("*").append(parts.length).append("\r\n");
		for (String part : parts) {
			byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
			resp.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
		}
		return resp.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static ComponentHealth failed(long started, Exception ex) {
		String reason = (ex instanceof java.net.http.HttpTimeoutException) ? "timed out"
				: ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		return ComponentHealth.down(millisSince(started), Map.of("error", reason));
	}

	static long millisSince(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	/**
	 * A service check's health and the body it answered.
	 */
	record Result(ComponentHealth health, JsonNode body) {

	}

}

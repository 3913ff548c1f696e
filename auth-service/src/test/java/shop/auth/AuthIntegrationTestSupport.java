package shop.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import shop.common.test.Http;
import shop.common.test.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context of auth-service's integration tests (a real server on a random
 * port against the shared embedded Postgres), and helpers that talk to it as a client
 * would. Every test class extends it, so the context is built once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PostgresTest
public abstract class AuthIntegrationTestSupport {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	protected static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected HttpResponse<String> get(String path, String... headers) {
		return Http.get(url(path), headers);
	}

	protected HttpResponse<String> post(String path, Object body, String... headers) {
		return Http.post(url(path), (body instanceof String raw) ? raw : JSON.writeValueAsString(body), headers);
	}

	protected HttpResponse<String> put(String path, Object body, String... headers) {
		return Http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), headers);
	}

	protected HttpResponse<String> delete(String path, String... headers) {
		return Http.send(HttpRequest.newBuilder(URI.create(url(path))).DELETE(), headers);
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	protected static String uniqueEmail(String prefix) {
		return prefix + "." + UUID.randomUUID() + "@example.test";
	}

	/**
	 * A client address of its own (TEST-NET-2), so that one test's failed logins never
	 * throttle another's.
	 */
	protected static String clientIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	protected HttpResponse<String> signUp(String email, String password, String name) {
		return post("/api/auth/signup", Map.of("email", email, "password", password, "name", name));
	}

	protected HttpResponse<String> login(String email, String password, String clientIp) {
		return post("/api/auth/login", Map.of("email", email, "password", password), "X-Client-Ip", clientIp);
	}

	protected HttpResponse<String> refresh(String refreshToken) {
		return post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
	}

	/**
	 * A new customer, signed up and logged in.
	 */
	protected Account newCustomer() {
		return newCustomer(uniqueEmail("customer"), "Casey Customer");
	}

	protected Account newCustomer(String email, String name) {
		HttpResponse<String> signup = signUp(email, PASSWORD, name);
		assertThat(signup.statusCode()).as(signup.body()).isEqualTo(201);
		return logIn(email, PASSWORD);
	}

	protected Account logIn(String email, String password) {
		HttpResponse<String> login = login(email, password, clientIp());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		JsonNode tokens = json(login);
		String accessToken = tokens.get("accessToken").asString();
		HttpResponse<String> profile = get("/api/auth/profile", "Authorization", bearer(accessToken));
		assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
		return new Account(UUID.fromString(json(profile).get("userId").asString()), email, password, accessToken,
				tokens.get("refreshToken").asString(), UUID.fromString(tokens.get("sessionId").asString()));
	}

	/**
	 * The problem body without the per-request members, for comparing two answers.
	 */
	protected static Map<String, Object> problemWithoutRequestContext(HttpResponse<String> response) {
		@SuppressWarnings("unchecked")
		Map<String, Object> problem = new LinkedHashMap<>(JSON.readValue(response.body(), Map.class));
		problem.remove("requestId");
		problem.remove("traceId");
		problem.remove("instance");
		return problem;
	}

	/**
	 * A logged-in account.
	 *
	 * @param userId its id
	 * @param email the email it signed up with
	 * @param password its password
	 * @param accessToken the access token of the login
	 * @param refreshToken the refresh token of the login
	 * @param sessionId the login's session
	 */
	protected record Account(UUID userId, String email, String password, String accessToken, String refreshToken,
			UUID sessionId) {

		public String authorization() {
			return bearer(this.accessToken);
		}

	}

}

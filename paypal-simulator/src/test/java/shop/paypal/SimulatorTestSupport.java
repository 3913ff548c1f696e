package shop.paypal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One running simulator for every test, called over HTTP as payment-service would call
 * PayPal.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "simulator.client-id=test-client", "simulator.client-secret=test-secret" })
public abstract class SimulatorTestSupport {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	protected int port;

	@BeforeEach
	void disarmFaults() {
		send(HttpRequest.newBuilder(uri("/simulator/faults")).DELETE(), Duration.ofSeconds(5));
	}

	protected URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	protected HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET(), Duration.ofSeconds(10));
	}

	protected HttpResponse<String> post(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), Duration.ofSeconds(10));
	}

	protected HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
		try {
			return CLIENT.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	/**
	 * An access token from the client-credentials grant.
	 */
	protected String accessToken() {
		String basic = Base64.getEncoder().encodeToString("test-client:test-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(request("/v1/oauth2/token", "Authorization", "Basic " + basic,
				"Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), Duration.ofSeconds(5));
		return json(response).get("access_token").asString();
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static String orderBody(String value) {
		return """
				{"intent":"CAPTURE",
				 "purchase_units":[{"reference_id":"order-1",
				   "amount":{"currency_code":"USD","value":"%s",
				     "breakdown":{"item_total":{"currency_code":"USD","value":"%s"}}},
				   "items":[{"name":"Cable","sku":"SKU-1","quantity":"2",
				     "unit_amount":{"currency_code":"USD","value":"%s"}}]}],
				 "application_context":{"return_url":"https://shop.example/return?order=1",
				   "cancel_url":"https://shop.example/cancel"}}""".formatted(value, value,
				new java.math.BigDecimal(value).divide(java.math.BigDecimal.TWO).toPlainString());
	}

}

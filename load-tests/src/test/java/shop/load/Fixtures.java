package shop.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the simulations need before the load starts, prepared through the public API as a
 * shopper would: product ids that are in stock, and signed-up shoppers with access tokens
 * (signing up is deliberately slow, so it is not part of the measured load).
 */
final class Fixtures {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final List<String> productIds;

	final List<String> tokens;

	private Fixtures(List<String> productIds, List<String> tokens) {
		this.productIds = productIds;
		this.tokens = tokens;
	}

	/**
	 * The shoppers' tokens in turn, one for each user that feeds from it: with at least
	 * as many shoppers as users, no two users share an account (nor a cart).
	 */
	Iterator<Map<String, Object>> shopperFeeder() {
		AtomicInteger next = new AtomicInteger();
		return Stream
			.generate(() -> Map.<String, Object>of("token",
					this.tokens.get(Math.floorMod(next.getAndIncrement(), this.tokens.size()))))
			.iterator();
	}

	static Fixtures prepare(String baseUrl, int shoppers) {
		List<String> products = new ArrayList<>();
		for (int page = 0; page < 10 && products.size() < 1000; page++) {
			JsonNode list = get(baseUrl + "/api/products?inStock=true&size=100&page=" + page);
			for (JsonNode item : list.path("items")) {
				products.add(item.path("productId").asText());
			}
			if (list.path("items").size() < 100) {
				break;
			}
		}
		if (products.isEmpty()) {
			throw new IllegalStateException("The catalog has no product in stock: load the demo catalog first");
		}
		List<String> tokens = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < shoppers; i++) {
				futures.add(pool.submit(() -> signUpAndLogin(baseUrl)));
			}
			for (Future<String> future : futures) {
				tokens.add(future.get());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare shoppers: " + ex.getMessage(), ex);
		}
		return new Fixtures(List.copyOf(products), List.copyOf(tokens));
	}

	/**
	 * Category and brand pairs that occur in the catalog, read from the first pages, for
	 * filtered requests that find something.
	 */
	static List<Facet> facets(String baseUrl) {
		List<Facet> facets = new ArrayList<>();
		for (int page = 0; page < 5; page++) {
			for (JsonNode item : get(baseUrl + "/api/products?size=100&page=" + page).path("items")) {
				Facet facet = new Facet(item.path("category").asText(), item.path("brand").asText());
				if (!facet.category().isEmpty() && !facet.brand().isEmpty() && !facets.contains(facet)) {
					facets.add(facet);
				}
			}
		}
		if (facets.isEmpty()) {
			throw new IllegalStateException("The catalog has no product: load the demo catalog first");
		}
		return List.copyOf(facets);
	}

	/**
	 * Sets a product's stock on hand as an admin ({@code PUT
	 * /api/admin/products/{id}/stock}).
	 */
	static void setStock(String baseUrl, String adminEmail, String adminPassword, String productId, int onHand) {
		if (adminEmail == null || adminPassword == null) {
			throw new IllegalStateException("-DadminEmail and -DadminPassword are needed to set the stock");
		}
		try {
			JsonNode login = post(baseUrl + "/api/auth/login",
					"{\"email\":\"" + adminEmail + "\",\"password\":\"" + adminPassword + "\"}");
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/products/" + productId + "/stock"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + login.path("accessToken").asText())
					.PUT(HttpRequest.BodyPublishers.ofString("{\"onHand\":" + onHand + ",\"lowStockThreshold\":10}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"Setting the stock answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not set the stock: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Facet(String category, String brand) {
	}

	private static String signUpAndLogin(String baseUrl) throws IOException, InterruptedException {
		String email = "load-" + UUID.randomUUID() + "@load.example.com";
		String password = "load-test-password-" + email.hashCode();
		post(baseUrl + "/api/auth/signup",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"Load Shopper\"}");
		JsonNode login = post(baseUrl + "/api/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		return login.path("accessToken").asText();
	}

	private static JsonNode get(String url) {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + url + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode post(String url, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IOException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}

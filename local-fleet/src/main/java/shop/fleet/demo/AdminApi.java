package shop.fleet.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin API of the fleet as seen through the gateway, for the loader: signs in, and
 * retries what is worth retrying (a rate limit, a service that is still starting, a
 * connection refused), signing in again when the access token expires.
 */
final class AdminApi {

	private static final int ATTEMPTS = 8;

	private final HttpClient http;

	private final String gatewayUrl;

	private final String email;

	private final String password;

	private volatile String accessToken;

	AdminApi(String gatewayUrl, String email, String password) {
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		this.gatewayUrl = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
		this.email = email;
		this.password = password;
	}

	void login() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("email", this.email);
		body.put("password", this.password);
		HttpResponse<String> response = send("POST", "/api/auth/login", Json.write(body), false);
		if (response.statusCode() != 200) {
			throw new DemoLoadException("Admin login failed with " + response.statusCode() + ": " + response.body());
		}
		this.accessToken = (String) ((Map<?, ?>) Json.parse(response.body())).get("accessToken");
	}

	/**
	 * Creates a category.
	 * @return whether it was created (false when it existed)
	 */
	boolean createCategory(DemoCategory category) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", category.name());
		body.put("slug", category.slug());
		if (category.parentSlug() != null) {
			body.put("parentSlug", category.parentSlug());
		}
		HttpResponse<String> response = send("POST", "/api/admin/categories", Json.write(body), true);
		if (response.statusCode() == 201) {
			return true;
		}
		if (response.statusCode() == 409) {
			return false;
		}
		throw refused("category " + category.slug(), response);
	}

	/**
	 * Creates products in one bulk call; when some exist already (a load that stopped
	 * half-way), creates the rest one by one.
	 * @return the ids of the products created, by SKU
	 */
	Map<String, UUID> createProducts(List<DemoProduct> products) {
		Map<String, UUID> created = new LinkedHashMap<>();
		HttpResponse<String> response = send("POST", "/api/admin/products/bulk",
				Json.write(Map.of("products", products.stream().map(DemoProduct::toRequest).toList())), true);
		if (response.statusCode() == 201) {
			List<?> items = (List<?>) ((Map<?, ?>) Json.parse(response.body())).get("created");
			for (Object item : items) {
				Map<?, ?> product = (Map<?, ?>) item;
				created.put((String) product.get("sku"), UUID.fromString((String) product.get("productId")));
			}
			return created;
		}
		if (response.statusCode() != 409) {
			throw refused("a batch of " + products.size() + " products", response);
		}
		for (DemoProduct product : products) {
			HttpResponse<String> single = send("POST", "/api/admin/products", Json.write(product.toRequest()), true);
			if (single.statusCode() == 201) {
				created.put(product.sku(),
						UUID.fromString((String) ((Map<?, ?>) Json.parse(single.body())).get("productId")));
			}
			else if (single.statusCode() != 409) {
				throw refused("product " + product.sku(), single);
			}
		}
		return created;
	}

	void setPrice(UUID productId, BigDecimal amount, String currency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount.toPlainString());
		body.put("currency", currency);
		HttpResponse<String> response = send("PUT", "/api/admin/products/" + productId + "/price", Json.write(body),
				true);
		if (response.statusCode() != 200) {
			throw refused("the price of " + productId, response);
		}
	}

	void setStock(UUID productId, int onHand, int lowStockThreshold) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("onHand", onHand);
		body.put("lowStockThreshold", lowStockThreshold);
		HttpResponse<String> response = send("PUT", "/api/admin/products/" + productId + "/stock", Json.write(body),
				true);
		if (response.statusCode() != 200) {
			throw refused("the stock of " + productId, response);
		}
	}

	private HttpResponse<String> send(String method, String path, String body, boolean authenticated) {
		boolean signedInAgain = false;
		for (int attempt = 1;; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gatewayUrl + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
			if (authenticated) {
				request.header("Authorization", "Bearer " + this.accessToken);
			}
			try {
				HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				int status = response.statusCode();
				if (status == 401 && authenticated && !signedInAgain) {
					signedInAgain = true;
					login();
					continue;
				}
				if ((status == 429 || status == 502 || status == 503 || status == 504) && attempt < ATTEMPTS) {
					pause(response.headers().firstValue("Retry-After").map(AdminApi::seconds).orElse(backoff(attempt)));
					continue;
				}
				return response;
			}
			catch (IOException ex) {
				if (attempt >= ATTEMPTS) {
					throw new DemoLoadException("The gateway at " + this.gatewayUrl + " cannot be reached", ex);
				}
				pause(backoff(attempt));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new DemoLoadException("Interrupted while loading the demo catalog", ex);
			}
		}
	}

	private static Duration backoff(int attempt) {
		return Duration.ofMillis(Math.min(5_000, 100L << Math.min(attempt, 10)));
	}

	private static Duration seconds(String retryAfter) {
		try {
			return Duration.ofSeconds(Math.min(30, Long.parseLong(retryAfter.trim())));
		}
		catch (NumberFormatException ex) {
			return Duration.ofSeconds(1);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoLoadException("Interrupted while loading the demo catalog", ex);
		}
	}

	private static DemoLoadException refused(String what, HttpResponse<String> response) {
		return new DemoLoadException(
				"The gateway refused " + what + " with " + response.statusCode() + ": " + response.body());
	}

}

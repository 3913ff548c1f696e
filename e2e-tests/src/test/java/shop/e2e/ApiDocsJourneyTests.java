package shop.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API documentation a developer finds at the gateway: the Swagger UI at
 * {@code /api/docs} over the OpenAPI document of every service, which together list every
 * public endpoint of DESIGN.md section 2 and no internal one.
 */
@E2E
@Services({ "gateway" })
class ApiDocsJourneyTests {

	static final List<String> SERVICES = List.of("auth", "catalog", "pricing", "fulfillment", "cart", "payment",
			"orders", "rating", "realtime", "log", "health");

	/**
	 * Every endpoint DESIGN.md section 2 names, path variables written as {@code {}}.
	 */
	static final List<String> DESIGN_ENDPOINTS = List.of("POST /api/auth/signup", "POST /api/auth/login",
			"POST /api/auth/refresh", "POST /api/auth/logout", "GET /api/auth/profile", "PUT /api/auth/profile",
			"POST /api/auth/profile/addresses", "DELETE /api/auth/profile/addresses/{}", "GET /api/products",
			"GET /api/products/{}", "GET /api/categories", "POST /api/admin/products", "PUT /api/admin/products/{}",
			"DELETE /api/admin/products/{}", "PUT /api/admin/products/{}/price", "PUT /api/admin/products/{}/stock",
			"GET /api/shipping/quote", "GET /api/cart", "POST /api/cart/items", "PUT /api/cart/items/{}",
			"DELETE /api/cart/items/{}", "DELETE /api/cart", "POST /api/orders", "GET /api/orders",
			"GET /api/orders/{}", "POST /api/orders/{}/confirm", "POST /api/orders/{}/cancel",
			"POST /api/orders/{}/rate", "GET /api/products/{}/ratings", "GET /api/admin/orders",
			"POST /api/admin/orders/{}/ship", "POST /api/admin/orders/{}/deliver", "GET /api/admin/logs",
			"GET /api/health", "GET /api/ws/orders");

	@Test
	void servesOneSwaggerUiOverEveryServicesDocument(ShopApi api) {
		ShopApi.Response ui = api.get("/api/docs").send();
		assertThat(ui.status()).as(ui.toString()).isEqualTo(302);
		assertThat(ui.header("Location")).contains("swagger-ui");
		Set<String> documented = new TreeSet<>();
		for (String service : SERVICES) {
			ShopApi.Response document = api.get("/api/docs/" + service).send();
			assertThat(document.status()).as("/api/docs/" + service + ": " + document).isEqualTo(200);
			assertThat(document.text("openapi")).as(service).startsWith("3.");
			for (Map.Entry<String, JsonNode> path : document.at("paths").properties()) {
				assertThat(path.getKey()).as(service + " documents an internal path").doesNotStartWith("/internal");
				for (String method : path.getValue().propertyNames()) {
					documented.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "{}"));
				}
			}
		}
		assertThat(documented).as("operations of all the services' documents").containsAll(DESIGN_ENDPOINTS);
		assertThat(documented).allSatisfy((operation) -> assertThat(operation).contains(" /api/"));
	}

}

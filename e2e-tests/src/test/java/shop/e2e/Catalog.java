package shop.e2e;

import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts products on sale through the admin API, as an operator would: the product, its
 * price, its stock.
 */
final class Catalog {

	private Catalog() {
	}

	record Product(String productId, String sku, String name, String brand, String category) {
	}

	static Product create(ShopApi api, String adminToken, String name, String brand, String category, String price,
			int onHand) {
		String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		ObjectNode body = ShopApi.json()
			.put("sku", sku)
			.put("name", name)
			.put("brand", brand)
			.put("category", category)
			.put("description", name + " by " + brand + ", for the end-to-end suite")
			.put("weightGrams", 1200);
		body.putObject("attributes").put("color", "black").put("warranty", "24 months");
		body.putArray("images").add("https://images.example.com/" + sku + ".jpg");
		ShopApi.Response created = api.post("/api/admin/products", body).token(adminToken).send();
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String productId = created.text("productId");
		setPrice(api, adminToken, productId, price);
		setStock(api, adminToken, productId, onHand);
		return new Product(productId, sku, name, brand, category);
	}

	static void setPrice(ShopApi api, String adminToken, String productId, String amount) {
		ShopApi.Response response = api
			.put("/api/admin/products/" + productId + "/price",
					ShopApi.json().put("amount", amount).put("currency", "USD"))
			.token(adminToken)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	static void setStock(ShopApi api, String adminToken, String productId, int onHand) {
		ShopApi.Response response = api
			.put("/api/admin/products/" + productId + "/stock",
					ShopApi.json().put("onHand", onHand).put("lowStockThreshold", 3))
			.token(adminToken)
			.send();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

}

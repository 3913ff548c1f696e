package shop.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@E2E
@Services({ "gateway", "catalog-service", "pricing-service", "fulfillment-service" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogJourneyTests {

	final String brand = "Brand" + UUID.randomUUID().toString().substring(0, 6);

	final String category = "e2e-" + UUID.randomUUID().toString().substring(0, 6);

	String admin;

	Catalog.Product cheap;

	Catalog.Product middle;

	Catalog.Product dear;

	@BeforeAll
	void putProductsOnSale(ShopApi api) {
		this.admin = Shoppers.admin(api).accessToken();
		this.cheap = Catalog.create(api, this.admin, "Quasar USB-C Dock", this.brand, this.category, "49.90", 40);
		this.middle = Catalog.create(api, this.admin, "Quasar 27in Monitor", this.brand, this.category, "229.00", 0);
		this.dear = Catalog.create(api, this.admin, "Quasar Pro Laptop 16", this.brand, this.category, "1899.00", 7);
	}

	@Test
	void showsAProductWithLivePriceStockAndRating(ShopApi api) {
		ShopApi.Response product = api.get("/api/products/" + this.dear.productId()).send();
		assertThat(product.status()).as(product.toString()).isEqualTo(200);
		assertThat(product.text("productId")).isEqualTo(this.dear.productId());
		assertThat(product.text("sku")).isEqualTo(this.dear.sku());
		assertThat(product.text("name")).isEqualTo("Quasar Pro Laptop 16");
		assertThat(product.text("brand")).isEqualTo(this.brand);
		assertThat(product.at("attributes.color").asString()).isEqualTo("black");
		assertThat(product.at("images").isArray()).isTrue();
		assertThat(product.text("price.amount")).isEqualTo("1899.00");
		assertThat(product.text("price.currency")).isEqualTo("USD");
		assertThat(product.at("stock.available").asInt()).isEqualTo(7);
		assertThat(product.at("stock.inStock").asBoolean()).isTrue();
		assertThat(product.at("rating.count").asInt()).isZero();
	}

	@Test
	void filtersByBrandAndPriceAndStockAndSortsByPrice(ShopApi api) {
		ShopApi.Response byPrice = api.get("/api/products?brand=" + this.brand + "&sort=-price").send();
		assertThat(byPrice.status()).as(byPrice.toString()).isEqualTo(200);
		assertThat(names(byPrice)).containsExactly(this.dear.name(), this.middle.name(), this.cheap.name());
		assertThat(byPrice.at("totalItems").asInt()).isEqualTo(3);
		ShopApi.Response inStock = api.get("/api/products?brand=" + this.brand + "&inStock=true&sort=price").send();
		assertThat(names(inStock)).containsExactly(this.cheap.name(), this.dear.name());
		ShopApi.Response band = api.get("/api/products?brand=" + this.brand + "&minPrice=100&maxPrice=2000").send();
		assertThat(names(band)).containsExactlyInAnyOrder(this.middle.name(), this.dear.name());
		ShopApi.Response category = api.get("/api/products?category=" + this.category + "&sort=name").send();
		assertThat(names(category)).containsExactly(this.middle.name(), this.dear.name(), this.cheap.name());
	}

	@Test
	void searchesByText(ShopApi api) {
		ShopApi.Response found = api.get("/api/products?q=laptop&brand=" + this.brand).send();
		assertThat(found.status()).isEqualTo(200);
		assertThat(names(found)).containsExactly(this.dear.name());
	}

	@Test
	void pagesWithACappedSize(ShopApi api) {
		ShopApi.Response page = api.get("/api/products?page=0&size=1000").send();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.at("size").asInt()).isEqualTo(100);
		assertThat(page.at("items").size()).isLessThanOrEqualTo(100);
		assertThat(page.at("totalPages").asInt()).isPositive();
		ShopApi.Response second = api.get("/api/products?brand=" + this.brand + "&sort=price&page=1&size=2").send();
		assertThat(names(second)).containsExactly(this.dear.name());
		assertThat(second.at("page").asInt()).isEqualTo(1);
		assertThat(second.at("totalPages").asInt()).isEqualTo(2);
	}

	@Test
	void answersBadQueriesWith400(ShopApi api) {
		for (String query : new String[] { "page=-1", "size=0", "size=abc", "sort=cheapest",
				"minPrice=50&maxPrice=10" }) {
			ShopApi.Response response = api.get("/api/products?" + query).send();
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}
		assertThat(api.get("/api/products/not-a-uuid").send().status()).isEqualTo(400);
		assertThat(api.get("/api/products/" + UUID.randomUUID()).send().status()).isEqualTo(404);
	}

	@Test
	void reflectsAPriceChangeInTheVeryNextList(ShopApi api) {
		Catalog.Product product = Catalog.create(api, this.admin, "Nimbus NVMe SSD 2TB", "Nimbus" + this.brand,
				this.category + "-ssd", "150.00", 10);
		Catalog.Product other = Catalog.create(api, this.admin, "Nimbus SATA SSD 1TB", "Nimbus" + this.brand,
				this.category + "-ssd", "90.00", 10);
		String query = "/api/products?brand=Nimbus" + this.brand + "&sort=price";
		assertThat(names(api.get(query).send())).containsExactly(other.name(), product.name());
		Catalog.setPrice(api, this.admin, product.productId(), "79.99");
		ShopApi.Response after = api.get(query).send();
		assertThat(names(after)).containsExactly(product.name(), other.name());
		assertThat(after.text("items.0.price.amount")).isEqualTo("79.99");
		assertThat(api.get("/api/products/" + product.productId()).send().text("price.amount")).isEqualTo("79.99");
	}

	@Test
	void hidesADeletedProduct(ShopApi api) {
		Catalog.Product gone = Catalog.create(api, this.admin, "Obsolete Hub", "Gone" + this.brand,
				this.category + "-x", "10.00", 1);
		assertThat(api.delete("/api/admin/products/" + gone.productId()).token(this.admin).send().status()).isIn(200,
				204);
		assertThat(api.get("/api/products/" + gone.productId()).send().status()).isEqualTo(404);
		assertThat(api.get("/api/products?brand=Gone" + this.brand).send().at("totalItems").asInt()).isZero();
	}

	@Test
	void countsProductsPerCategory(ShopApi api) {
		ShopApi.Response categories = api.get("/api/categories").send();
		assertThat(categories.status()).isEqualTo(200);
		assertThat(categories.body()).contains(this.category);
	}

	@Test
	void quotesShippingWithDeliveryDates(ShopApi api) {
		ShopApi.Response quote = api
			.get("/api/shipping/quote?country=DE&postalCode=10115&productId=" + this.cheap.productId() + "&quantity=2")
			.send();
		assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
		JsonNode options = quote.at("options");
		assertThat(options.size()).isPositive();
		for (JsonNode option : options) {
			assertThat(option.path("mode").asString()).isNotBlank();
			assertThat(new BigDecimal(option.path("cost").path("amount").asString())).isNotNegative();
			assertThat(option.path("deliveryDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		}
	}

	@Test
	void keepsAdminEndpointsForAdmins(ShopApi api) {
		String shopper = Shoppers.newShopperSession(api).accessToken();
		assertThat(api
			.put("/api/admin/products/" + this.cheap.productId() + "/price",
					ShopApi.json().put("amount", "0.01").put("currency", "USD"))
			.token(shopper)
			.send()
			.status()).isEqualTo(403);
		assertThat(api
			.put("/api/admin/products/" + this.cheap.productId() + "/price",
					ShopApi.json().put("amount", "-1").put("currency", "USD"))
			.token(this.admin)
			.send()
			.status()).isEqualTo(400);
		assertThat(api
			.put("/api/admin/products/" + this.cheap.productId() + "/price",
					ShopApi.json().put("amount", "10").put("currency", "XYZ"))
			.token(this.admin)
			.send()
			.status()).isEqualTo(400);
	}

	static List<String> names(ShopApi.Response page) {
		List<String> names = new ArrayList<>();
		page.at("items").forEach((item) -> names.add(item.path("name").asString()));
		return names;
	}

}

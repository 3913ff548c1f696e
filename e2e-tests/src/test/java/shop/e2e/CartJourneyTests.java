package shop.e2e;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

@E2E
@Services({ "gateway", "cart-service", "pricing-service", "fulfillment-service" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartJourneyTests {

	String admin;

	Catalog.Product router;

	Catalog.Product cable;

	@BeforeAll
	void putProductsOnSale(ShopApi api) {
		this.admin = Shoppers.admin(api).accessToken();
		String brand = "Cart" + UUID.randomUUID().toString().substring(0, 6);
		this.router = Catalog.create(api, this.admin, "Meridian Wi-Fi 7 Router", brand, "networking", "310.00", 5);
		this.cable = Catalog.create(api, this.admin, "Meridian Cat6 Cable 5m", brand, "accessories", "4.50", 500);
	}

	@Test
	void fillsTheCartWithLockedPricesAndReservedStock(ShopApi api) {
		String token = Shoppers.newShopperSession(api).accessToken();
		ShopApi.Response empty = api.get("/api/cart").token(token).send();
		assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
		assertThat(empty.text("status")).isEqualTo("OPEN");
		assertThat(empty.at("items").size()).isZero();
		ShopApi.Response added = add(api, token, this.router.productId(), 2);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.text("itemId")).isNotBlank();
		assertThat(add(api, token, this.router.productId(), 1).status()).isEqualTo(201);
		add(api, token, this.cable.productId(), 10);
		ShopApi.Response cart = api.get("/api/cart").token(token).send();
		assertThat(cart.at("items").size()).isEqualTo(2);
		assertThat(line(cart, this.router.productId()).path("quantity").asInt()).isEqualTo(3);
		assertThat(line(cart, this.router.productId()).path("lockedPrice").path("amount").asString())
			.isEqualTo("310.00");
		assertThat(line(cart, this.router.productId()).path("lineTotal").path("amount").asString()).isEqualTo("930.00");
		assertThat(cart.text("subtotal.amount")).isEqualTo("975.00");
		assertThat(api.get("/api/products/" + this.router.productId()).send().at("stock.available").asInt())
			.isLessThanOrEqualTo(2);
	}

	@Test
	void refusesMoreThanIsAvailable(ShopApi api) {
		String token = Shoppers.newShopperSession(api).accessToken();
		ShopApi.Response tooMany = add(api, token, this.router.productId(), 999);
		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.text("code")).isEqualTo("OUT_OF_STOCK");
		assertThat(tooMany.contentType()).isEqualTo("application/problem+json");
		for (int quantity : new int[] { 0, -1, 1000 }) {
			assertThat(add(api, token, this.cable.productId(), quantity).status()).as("quantity " + quantity)
				.isEqualTo(400);
		}
		assertThat(add(api, token, UUID.randomUUID().toString(), 1).status()).isEqualTo(404);
	}

	@Test
	void warnsWhenALockedPriceNoLongerHolds(ShopApi api) {
		String brand = "Warn" + UUID.randomUUID().toString().substring(0, 6);
		Catalog.Product ssd = Catalog.create(api, this.admin, "Helix SSD 1TB", brand, "storage", "80.00", 20);
		String token = Shoppers.newShopperSession(api).accessToken();
		add(api, token, ssd.productId(), 1);
		Catalog.setPrice(api, this.admin, ssd.productId(), "95.00");
		ShopApi.Response cart = api.get("/api/cart").token(token).send();
		assertThat(line(cart, ssd.productId()).path("lockedPrice").path("amount").asString()).isEqualTo("80.00");
		assertThat(line(cart, ssd.productId()).path("currentPrice").path("amount").asString()).isEqualTo("95.00");
		assertThat(line(cart, ssd.productId()).path("priceChanged").asBoolean()).isTrue();
		assertThat(cart.at("warnings").toString()).contains("PRICE_CHANGED").contains(ssd.productId());
	}

	@Test
	void changesAndRemovesLinesAndGivesTheStockBack(ShopApi api) {
		String brand = "Back" + UUID.randomUUID().toString().substring(0, 6);
		Catalog.Product switch8 = Catalog.create(api, this.admin, "Orbit 8-Port Switch", brand, "networking", "39.00",
				10);
		String token = Shoppers.newShopperSession(api).accessToken();
		String itemId = add(api, token, switch8.productId(), 4).text("itemId");
		assertThat(available(api, switch8)).isEqualTo(6);
		ShopApi.Response changed = api.put("/api/cart/items/" + itemId, ShopApi.json().put("quantity", 7))
			.token(token)
			.send();
		assertThat(changed.status()).isEqualTo(200);
		assertThat(available(api, switch8)).isEqualTo(3);
		String other = Shoppers.newShopperSession(api).accessToken();
		assertThat(api.delete("/api/cart/items/" + itemId).token(other).send().status()).isEqualTo(404);
		assertThat(api.delete("/api/cart/items/" + itemId).token(token).send().status()).isEqualTo(204);
		assertThat(available(api, switch8)).isEqualTo(10);
		add(api, token, switch8.productId(), 2);
		assertThat(api.delete("/api/cart").token(token).send().status()).isEqualTo(204);
		assertThat(available(api, switch8)).isEqualTo(10);
		assertThat(api.get("/api/cart").token(token).send().at("items").size()).isZero();
	}

	@Test
	void needsALogin(ShopApi api) {
		assertThat(api.get("/api/cart").send().status()).isEqualTo(401);
	}

	static ShopApi.Response add(ShopApi api, String token, String productId, int quantity) {
		return api.post("/api/cart/items", ShopApi.json().put("productId", productId).put("quantity", quantity))
			.token(token)
			.send();
	}

	static tools.jackson.databind.JsonNode line(ShopApi.Response cart, String productId) {
		for (tools.jackson.databind.JsonNode item : cart.at("items")) {
			if (item.path("productId").asString().equals(productId)) {
				return item;
			}
		}
		throw new AssertionError("No line for " + productId + " in " + cart);
	}

	static int available(ShopApi api, Catalog.Product product) {
		return api.get("/api/products/" + product.productId()).send().at("stock.available").asInt();
	}

}

package shop.cart.cart;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import shop.cart.CartProperties;
import shop.cart.client.CatalogClient;
import shop.cart.client.FulfillmentClient;
import shop.cart.client.PricingClient;
import shop.common.feign.RemoteCalls;

/**
 * What the cart reads about products from other services: names from catalog-service,
 * current prices from pricing-service, stock levels from fulfillment-service. Checks that
 * a change depends on fail the change; the batch reads behind {@code GET /api/cart}
 * degrade to "unknown" when a service is down, so that the cart still shows.
 */
@Component
class ProductLookup {

	private static final Logger log = LoggerFactory.getLogger(ProductLookup.class);

	private final CatalogClient catalog;

	private final PricingClient pricing;

	private final FulfillmentClient fulfillment;

	private final String currency;

	ProductLookup(CatalogClient catalog, PricingClient pricing, FulfillmentClient fulfillment,
			CartProperties properties) {
		this.catalog = catalog;
		this.pricing = pricing;
		this.fulfillment = fulfillment;
		this.currency = properties.currency();
	}

	/**
	 * An active product of the catalog.
	 * @throws shop.common.web.ShopException 404 for an unknown or deleted product, 503
	 * when the catalog cannot be reached
	 */
	Product require(UUID productId) {
		Map<UUID, Product> found = call("catalog-service", () -> products(List.of(productId)));
		Product product = found.get(productId);
		if (product == null || !product.active()) {
			throw CartProblems.productNotFound(productId);
		}
		return product;
	}

	/**
	 * The product's current price, the one a new cart line locks.
	 * @throws shop.common.web.ShopException 409 {@code PRODUCT_UNAVAILABLE} when it has
	 * none, 503 when pricing cannot be reached
	 */
	Money requirePrice(UUID productId) {
		Money price = call("pricing-service", () -> prices(List.of(productId))).get(productId);
		if (price == null) {
			throw CartProblems.productUnavailable(productId);
		}
		return price;
	}

	/**
	 * Current prices, or empty when pricing-service cannot be reached.
	 */
	Optional<Map<UUID, Money>> currentPrices(Collection<UUID> productIds) {
		return tolerate("pricing-service", () -> prices(productIds));
	}

	/**
	 * Catalog entries, or empty when catalog-service cannot be reached.
	 */
	Optional<Map<UUID, Product>> describe(Collection<UUID> productIds) {
		return tolerate("catalog-service", () -> products(productIds));
	}

	/**
	 * Stock levels, or empty when fulfillment-service cannot be reached.
	 */
	Optional<Map<UUID, Stock>> stock(Collection<UUID> productIds) {
		return tolerate("fulfillment-service", () -> {
			if (productIds.isEmpty()) {
				return Map.of();
			}
			FulfillmentClient.StockLevels levels = this.fulfillment
				.stock(new FulfillmentClient.StockLookup(List.copyOf(productIds)));
			return nullToEmpty(levels.stock()).stream()
				.map((s) -> new Stock(s.productId(), s.onHand(), s.available(), s.low()))
				.collect(Collectors.toMap(Stock::productId, Function.identity(), (a, b) -> a));
		});
	}

	private Map<UUID, Money> prices(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		PricingClient.Prices prices = this.pricing
			.lookup(new PricingClient.Lookup(List.copyOf(productIds), this.currency));
		return nullToEmpty(prices.prices()).stream()
			.filter((price) -> price.amount() != null && this.currency.equals(price.currency()))
			.collect(Collectors.toMap(PricingClient.Price::productId,
					(price) -> new Money(price.amount(), price.currency()), (a, b) -> a));
	}

	private Map<UUID, Product> products(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		CatalogClient.Products products = this.catalog.lookup(new CatalogClient.Lookup(List.copyOf(productIds)));
		return nullToEmpty(products.products()).stream()
			.map((p) -> new Product(p.productId(), p.sku(), p.name(), p.active()))
			.collect(Collectors.toMap(Product::productId, Function.identity(), (a, b) -> a));
	}

	private static <T> T call(String service, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.isTransient(ex)) {
				log.warn("{} could not be reached: {}", service, ex.toString());
				throw CartProblems.unavailable(service);
			}
			throw ex;
		}
	}

	private static <T> Optional<T> tolerate(String service, java.util.function.Supplier<T> call) {
		try {
			return Optional.of(call.get());
		}
		catch (RuntimeException ex) {
			log.warn("{} could not be reached, the cart shows without it: {}", service, ex.toString());
			return Optional.empty();
		}
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/**
	 * A catalog entry.
	 */
	record Product(UUID productId, String sku, String name, boolean active) {
	}

	/**
	 * A product's stock: {@code available} is what nobody has reserved.
	 */
	record Stock(UUID productId, int onHand, int available, boolean low) {
	}

}

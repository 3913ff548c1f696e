package shop.catalog.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import shop.catalog.CatalogProperties;

/**
 * The live price and stock of a page of products, asked of pricing and fulfillment at the
 * same time (one batch call each). A service that fails leaves its part unknown rather
 * than failing the whole page: shoppers still see the products.
 */
@Component
public class LiveOffers {

	private static final Logger log = LoggerFactory.getLogger(LiveOffers.class);

	private final PricingClient pricing;

	private final FulfillmentClient fulfillment;

	private final Executor executor;

	private final String currency;

	public LiveOffers(PricingClient pricing, FulfillmentClient fulfillment,
			@Qualifier("applicationTaskExecutor") Executor executor, CatalogProperties properties) {
		this.pricing = pricing;
		this.fulfillment = fulfillment;
		this.executor = executor;
		this.currency = properties.currency();
	}

	public Offers of(Collection<UUID> productIds) {
		if (productIds.isEmpty()) {
			return new Offers(Map.of(), Map.of());
		}
		List<UUID> ids = List.copyOf(productIds);
		CompletableFuture<Map<UUID, PricingClient.Price>> prices = async(
				() -> this.pricing.lookup(new PricingClient.PriceLookup(ids, this.currency))
					.prices()
					.stream()
					.collect(Collectors.toMap(PricingClient.Price::productId, Function.identity(), (a, b) -> a)));
		CompletableFuture<Map<UUID, FulfillmentClient.Level>> stock = async(
				() -> this.fulfillment.lookup(new FulfillmentClient.StockLookup(ids))
					.stock()
					.stream()
					.collect(Collectors.toMap(FulfillmentClient.Level::productId, Function.identity(), (a, b) -> a)));
		return new Offers(join(prices, "pricing-service"), join(stock, "fulfillment-service"));
	}

	private <T> CompletableFuture<T> async(Supplier<T> call) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return CompletableFuture.supplyAsync(() -> {
			if (context != null) {
				MDC.setContextMap(context);
			}
			try {
				return call.get();
			}
			finally {
				MDC.clear();
			}
		}, this.executor);
	}

	private static <T> T join(CompletableFuture<T> future, String service) {
		try {
			return future.join();
		}
		catch (RuntimeException ex) {
			log.warn("{} did not answer a lookup; its part of the products stays unknown: {}", service,
					ex.getMessage());
			return null;
		}
	}

	/**
	 * Prices and stock levels by product; a map is {@code null} when its service failed.
	 * A product missing from a map has no price, or no stock kept.
	 *
	 * @param prices prices by product, {@code null} when unknown
	 * @param stock stock levels by product, {@code null} when unknown
	 */
	public record Offers(Map<UUID, PricingClient.Price> prices, Map<UUID, FulfillmentClient.Level> stock) {

	}

}

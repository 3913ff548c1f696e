package shop.catalog.product;

import java.util.UUID;

import shop.catalog.client.FulfillmentClient;
import shop.catalog.client.LiveOffers;
import shop.catalog.client.PricingClient;

/**
 * A product as shoppers see it: the catalog's entry with its live price and stock.
 *
 * @param entry the catalog's entry
 * @param price the live price, {@code null} when it has none or pricing did not answer
 * @param stock the live stock, {@code null} when fulfillment did not answer
 */
public record ShownProduct(CatalogEntry entry, PricingClient.Price price, StockLevel stock) {

	static ShownProduct of(CatalogEntry entry, LiveOffers.Offers offers) {
		UUID id = entry.productId();
		PricingClient.Price price = (offers.prices() != null) ? offers.prices().get(id) : null;
		StockLevel stock = null;
		if (offers.stock() != null) {
			FulfillmentClient.Level level = offers.stock().get(id);
			stock = (level != null) ? new StockLevel(level.available(), level.inStock()) : new StockLevel(0, false);
		}
		return new ShownProduct(entry, price, stock);
	}

	/**
	 * Units available now.
	 *
	 * @param available units that can be ordered
	 * @param inStock whether any can
	 */
	public record StockLevel(int available, boolean inStock) {

	}

}

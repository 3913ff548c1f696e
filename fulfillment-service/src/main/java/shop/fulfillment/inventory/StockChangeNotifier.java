package shop.fulfillment.inventory;

import org.springframework.stereotype.Component;

import shop.common.outbox.Outbox;
import shop.fulfillment.client.CatalogClient;

/**
 * Tells catalog-service about every change of a product's available stock, through the
 * outbox: written in the transaction of the change, delivered by
 * {@link StockChangeSender}.
 */
@Component
public class StockChangeNotifier {

	static final String TOPIC = "catalog.stock";

	private final Outbox outbox;

	StockChangeNotifier(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Notifies the inventory's current availability when it differs from
	 * {@code availableBefore} (a deleted inventory has nothing available).
	 */
	public void notifyIfChanged(Inventory inventory, int availableBefore) {
		int available = availableOf(inventory);
		if (available == availableBefore) {
			return;
		}
		this.outbox.append(TOPIC,
				new CatalogClient.StockChange(inventory.productId(), available, inventory.updatedAt()));
	}

	/**
	 * What catalog last heard (or would have heard) as the inventory's availability.
	 */
	public static int availableOf(Inventory inventory) {
		return inventory.isDeleted() ? 0 : Math.max(inventory.available(), 0);
	}

}

package shop.fulfillment.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import shop.fulfillment.outbox.Outbox;

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
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("productId", inventory.productId().toString());
		payload.put("available", available);
		payload.put("changedAt", inventory.updatedAt().toString());
		this.outbox.append(TOPIC, payload);
	}

	/**
	 * What catalog last heard (or would have heard) as the inventory's availability.
	 */
	public static int availableOf(Inventory inventory) {
		return inventory.isDeleted() ? 0 : Math.max(inventory.available(), 0);
	}

}

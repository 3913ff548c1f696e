package shop.fulfillment.inventory.web;

import java.time.Instant;
import java.util.UUID;

import shop.fulfillment.inventory.Inventory;

/**
 * {@code {productId, onHand, reserved, available, lowStockThreshold, inStock, low}}.
 */
record StockResponse(UUID productId, int onHand, int reserved, int available, int lowStockThreshold, boolean inStock,
		boolean low, Instant updatedAt) {

	static StockResponse of(Inventory inventory) {
		return new StockResponse(inventory.productId(), inventory.onHand(), inventory.reserved(),
				Math.max(inventory.available(), 0), inventory.lowStockThreshold(), inventory.inStock(), inventory.low(),
				inventory.updatedAt());
	}

}

package shop.fulfillment.inventory.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.fulfillment.inventory.Inventory;

/**
 * {@code {productId, onHand, reserved, available, lowStockThreshold, inStock, low}}.
 */
record StockResponse(@Schema(example = "0195f3c2-7a4b-7c1e-9d2f-3a4b5c6d7e8f") UUID productId,
		@Schema(description = "Units on the shelf", example = "120") int onHand,
		@Schema(description = "Units held for carts", example = "8") int reserved,
		@Schema(description = "Units that can be ordered now: on hand less reserved", example = "112") int available,
		@Schema(example = "10") int lowStockThreshold, @Schema(example = "true") boolean inStock,
		@Schema(description = "Available at or below the threshold", example = "false") boolean low,
		@Schema(example = "2026-03-14T09:12:41.503Z") Instant updatedAt) {

	static StockResponse of(Inventory inventory) {
		return new StockResponse(inventory.productId(), inventory.onHand(), inventory.reserved(),
				Math.max(inventory.available(), 0), inventory.lowStockThreshold(), inventory.inStock(), inventory.low(),
				inventory.updatedAt());
	}

}

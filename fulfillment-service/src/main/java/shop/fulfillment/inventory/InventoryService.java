package shop.fulfillment.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.fulfillment.FulfillmentProperties;
import shop.fulfillment.client.CatalogProducts;

/**
 * The admins' stock levels and the batch stock lookup.
 */
@Service
public class InventoryService {

	static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;

	private final InventoryRepository inventories;

	private final StockChangeNotifier notifier;

	private final CatalogProducts catalog;

	private final FulfillmentProperties properties;

	private final Clock clock;

	public InventoryService(InventoryRepository inventories, StockChangeNotifier notifier, CatalogProducts catalog,
			FulfillmentProperties properties, Clock clock) {
		this.inventories = inventories;
		this.notifier = notifier;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sets a product's stock on hand (and its low-stock threshold when given), creating
	 * its inventory on first use.
	 * @throws ShopException 404 {@code PRODUCT_NOT_FOUND} when catalog does not sell the
	 * product, 409 {@code STOCK_BELOW_RESERVED} when more is reserved than would be on
	 * hand
	 */
	@Transactional
	public Inventory setStock(UUID productId, int onHand, Integer lowStockThreshold) {
		this.catalog.requireActive(Set.of(productId));
		Instant now = this.clock.instant();
		boolean created = this.inventories.createIfAbsent(productId,
				(lowStockThreshold != null) ? lowStockThreshold : DEFAULT_LOW_STOCK_THRESHOLD, now) == 1;
		Inventory inventory = this.inventories.lock(productId).orElseThrow();
		// a new inventory is always announced, even at zero: catalog has heard nothing
		// yet
		int before = created ? -1 : StockChangeNotifier.availableOf(inventory);
		inventory.restock(onHand, lowStockThreshold, now);
		this.inventories.flush();
		this.notifier.notifyIfChanged(inventory, before);
		return inventory;
	}

	/**
	 * Soft-deletes a product's inventory.
	 * @throws ShopException 404 when none is kept, 409 while units are reserved
	 */
	@Transactional
	public void delete(UUID productId) {
		Inventory inventory = this.inventories.lock(productId)
			.filter((found) -> !found.isDeleted())
			.orElseThrow(() -> Inventory.notStocked(productId));
		int before = StockChangeNotifier.availableOf(inventory);
		inventory.delete(this.clock.instant());
		this.notifier.notifyIfChanged(inventory, before);
	}

	@Transactional(readOnly = true)
	public Inventory find(UUID productId) {
		return this.inventories.findById(productId)
			.filter((found) -> !found.isDeleted())
			.orElseThrow(() -> Inventory.notStocked(productId));
	}

	/**
	 * The stock of up to {@code batchLimit} products; products without stock kept are
	 * left out.
	 */
	@Transactional(readOnly = true)
	public List<Inventory> lookup(Collection<UUID> productIds) {
		if (productIds.size() > this.properties.batchLimit()) {
			throw ValidationException.of("productIds", "must contain at most " + this.properties.batchLimit() + " ids");
		}
		return productIds.isEmpty() ? List.of() : this.inventories.findStocked(productIds);
	}

	@Transactional(readOnly = true)
	public Page<Inventory> lowStock(Pageable pageable) {
		return this.inventories.findLowStock(pageable);
	}

}

package shop.fulfillment.inventory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * The stock of one product. Callers hold the row lock ({@link InventoryRepository#lock})
 * while they change it, so the checks here and the writes that follow cannot interleave
 * with another transaction's.
 */
@Entity
@Table(name = "inventory")
public class Inventory {

	@Id
	private UUID productId;

	private int onHand;

	private int reserved;

	private int lowStockThreshold;

	private Instant updatedAt;

	private Instant deletedAt;

	@Version
	private long version;

	protected Inventory() {
	}

	public int available() {
		return this.onHand - this.reserved;
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	public boolean inStock() {
		return !isDeleted() && available() > 0;
	}

	/**
	 * At or below the low-stock threshold.
	 */
	public boolean low() {
		return available() <= this.lowStockThreshold;
	}

	/**
	 * Sets the stock on hand, and the threshold when given; brings a deleted inventory
	 * back.
	 * @throws ShopException 409 {@code STOCK_BELOW_RESERVED} when less would be on hand
	 * than is reserved
	 */
	public void restock(int onHand, Integer lowStockThreshold, Instant now) {
		if (onHand < 0 || (lowStockThreshold != null && lowStockThreshold < 0)) {
			throw new IllegalArgumentException("Stock and threshold cannot be negative");
		}
		if (onHand < this.reserved) {
			throw ShopException
				.conflict("STOCK_BELOW_RESERVED", "Stock below reserved",
						this.reserved + " units of product " + this.productId
								+ " are reserved; on hand cannot be set below that")
				.with("reserved", this.reserved);
		}
		this.onHand = onHand;
		if (lowStockThreshold != null) {
			this.lowStockThreshold = lowStockThreshold;
		}
		this.deletedAt = null;
		touch(now);
	}

	/**
	 * Holds {@code quantity} more units for a reservation.
	 * @throws ShopException 409 {@code OUT_OF_STOCK} (with {@code available}) when fewer
	 * are available, 404 {@code PRODUCT_NOT_STOCKED} when the inventory is deleted
	 */
	public void reserve(int quantity, Instant now) {
		requireStocked();
		if (quantity > available()) {
			throw outOfStock();
		}
		this.reserved += quantity;
		touch(now);
	}

	/**
	 * Gives back units a reservation held.
	 */
	public void release(int quantity, Instant now) {
		if (quantity > this.reserved) {
			throw new IllegalStateException("Cannot release " + quantity + " of " + this.reserved
					+ " reserved units of product " + this.productId);
		}
		this.reserved -= quantity;
		touch(now);
	}

	/**
	 * Takes units off the shelf for an order: {@code fromReservation} that were reserved
	 * for it and {@code fromFree} that were not (a reservation that expired).
	 * @throws ShopException 409 {@code OUT_OF_STOCK} when fewer than {@code fromFree} are
	 * available
	 */
	public void commit(int fromReservation, int fromFree, Instant now) {
		if (fromReservation > this.reserved) {
			throw new IllegalStateException("Only " + this.reserved + " units of product " + this.productId
					+ " are reserved, not " + fromReservation);
		}
		if (fromFree > 0 && (isDeleted() || fromFree > available())) {
			throw outOfStock();
		}
		this.onHand -= fromReservation + fromFree;
		this.reserved -= fromReservation;
		touch(now);
	}

	/**
	 * Puts units of a cancelled order back on the shelf.
	 */
	public void restore(int quantity, Instant now) {
		this.onHand += quantity;
		touch(now);
	}

	/**
	 * Soft-deletes the inventory: the product is no longer stocked.
	 * @throws ShopException 409 {@code STOCK_RESERVED} while units are reserved
	 */
	public void delete(Instant now) {
		if (this.reserved > 0) {
			throw ShopException.conflict("STOCK_RESERVED", "Stock reserved",
					this.reserved + " units of product " + this.productId + " are reserved");
		}
		this.deletedAt = now;
		touch(now);
	}

	private void requireStocked() {
		if (isDeleted()) {
			throw notStocked(this.productId);
		}
	}

	private ShopException outOfStock() {
		return ShopException
			.conflict("OUT_OF_STOCK", "Out of stock",
					"Only " + Math.max(available(), 0) + " units of product " + this.productId + " are available")
			.with("productId", this.productId)
			.with("available", Math.max(available(), 0));
	}

	/**
	 * 404 {@code PRODUCT_NOT_STOCKED}: fulfillment keeps no stock of the product.
	 */
	public static ShopException notStocked(UUID productId) {
		return new ShopException(HttpStatus.NOT_FOUND, "PRODUCT_NOT_STOCKED", "Product not stocked",
				"No stock is kept for product " + productId)
			.with("productId", productId);
	}

	/**
	 * Every change moves {@code updatedAt} strictly forward, so that catalog's read model
	 * (which ignores changes older than the one it has) never drops a later change.
	 */
	private void touch(Instant now) {
		Instant later = this.updatedAt.plus(1, ChronoUnit.MICROS);
		Instant truncated = now.truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = truncated.isAfter(later) ? truncated : later;
	}

	public UUID productId() {
		return this.productId;
	}

	public int onHand() {
		return this.onHand;
	}

	public int reserved() {
		return this.reserved;
	}

	public int lowStockThreshold() {
		return this.lowStockThreshold;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}

package shop.cart.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

import shop.common.util.Ids;

/**
 * A shopper's cart, the aggregate root of its lines. It enforces the cart's rules: only
 * an open cart changes, a line holds 1 to {@code maxQuantity} units, a cart at most
 * {@code maxLines} lines, adding a product already in the cart adds to its line (keeping
 * the price locked first), and a checkout locks, unlocks and checks out the cart by its
 * order id, repeatably.
 * <p>
 * Stock is reserved for each line in fulfillment-service; the aggregate only says which
 * quantity a change leads to ({@link #quantityAfterAdding}), so that the service can
 * reserve it first and apply the change after.
 */
@Entity
@Table(name = "carts")
public class Cart {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CartStatus status;

	private UUID lockedBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	private Instant expiresAt;

	private Instant reservationsRenewedAt;

	private Instant deletedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt, id")
	private List<CartItem> items = new ArrayList<>();

	protected Cart() {
	}

	private Cart(UUID userId, Instant now, Duration reservationTtl) {
		this.id = Ids.newId();
		this.userId = userId;
		this.status = CartStatus.OPEN;
		this.createdAt = now;
		this.updatedAt = now;
		this.expiresAt = now.plus(reservationTtl);
	}

	/**
	 * A new, empty, open cart.
	 */
	public static Cart open(UUID userId, Instant now, Duration reservationTtl) {
		return new Cart(userId, now, reservationTtl);
	}

	/**
	 * The quantity the product's line will hold after adding {@code quantity} units.
	 * @throws shop.common.web.ShopException {@code CART_LOCKED} unless open,
	 * {@code CART_LIMIT_EXCEEDED} beyond the limits
	 */
	int quantityAfterAdding(UUID productId, int quantity, CartLimits limits) {
		requireOpen();
		Optional<CartItem> line = line(productId);
		if (line.isEmpty() && this.items.size() >= limits.maxLines()) {
			throw CartProblems.lineLimit(limits.maxLines());
		}
		int total = line.map(CartItem::quantity).orElse(0) + quantity;
		if (quantity < 1 || total > limits.maxQuantity()) {
			throw CartProblems.quantityLimit(limits.maxQuantity());
		}
		return total;
	}

	/**
	 * Adds units of a product: to its line when the cart has one (whose locked price
	 * stays), otherwise as a new line locked at {@code price}.
	 */
	CartItem add(UUID productId, int quantity, Money price, String sku, String name, CartLimits limits, Instant now) {
		int total = quantityAfterAdding(productId, quantity, limits);
		Optional<CartItem> existing = line(productId);
		CartItem item;
		if (existing.isPresent()) {
			item = existing.get();
			item.changeQuantity(total, now);
			item.refreshDescription(sku, name);
		}
		else {
			item = new CartItem(this, productId, quantity, price, sku, name, now);
			this.items.add(item);
		}
		this.updatedAt = now;
		return item;
	}

	/**
	 * Checks a new quantity for a line before its reservation changes.
	 */
	CartItem checkQuantityChange(UUID itemId, int quantity, CartLimits limits) {
		requireOpen();
		CartItem item = item(itemId);
		if (quantity < 1 || quantity > limits.maxQuantity()) {
			throw CartProblems.quantityLimit(limits.maxQuantity());
		}
		return item;
	}

	CartItem changeQuantity(UUID itemId, int quantity, CartLimits limits, Instant now) {
		CartItem item = checkQuantityChange(itemId, quantity, limits);
		item.changeQuantity(quantity, now);
		this.updatedAt = now;
		return item;
	}

	CartItem checkRemoval(UUID itemId) {
		requireOpen();
		return item(itemId);
	}

	void remove(UUID itemId, Instant now) {
		CartItem item = checkRemoval(itemId);
		this.items.remove(item);
		this.updatedAt = now;
	}

	/**
	 * Checks that the cart may change at all.
	 * @throws shop.common.web.ShopException {@code CART_LOCKED} while a checkout holds it
	 */
	void checkChangeable() {
		requireOpen();
	}

	void empty(Instant now) {
		requireOpen();
		this.items.clear();
		this.updatedAt = now;
	}

	/**
	 * Locks the cart for a checkout; repeating it for the same order changes nothing.
	 * @throws shop.common.web.ShopException {@code CART_LOCKED} when another order holds
	 * the lock, {@code CART_EMPTY} for a cart without items
	 */
	void lockFor(UUID orderId, Instant now) {
		if (this.status == CartStatus.LOCKED) {
			if (orderId.equals(this.lockedBy)) {
				return;
			}
			throw CartProblems.lockedByAnotherOrder();
		}
		requireActive();
		if (this.items.isEmpty()) {
			throw CartProblems.empty();
		}
		this.status = CartStatus.LOCKED;
		this.lockedBy = orderId;
		this.updatedAt = now;
	}

	/**
	 * Ends the lock of this order's checkout; a no-op unless that order holds the lock.
	 * The reopened cart gets a full reservation TTL before it can expire, and its
	 * reservations count as due for renewal until they are renewed.
	 * @return whether the cart was unlocked
	 */
	boolean unlock(UUID orderId, Instant now, Duration reservationTtl) {
		if (this.status != CartStatus.LOCKED || !orderId.equals(this.lockedBy)) {
			return false;
		}
		this.status = CartStatus.OPEN;
		this.lockedBy = null;
		this.updatedAt = now;
		this.expiresAt = now.plus(reservationTtl);
		this.reservationsRenewedAt = null;
		return true;
	}

	/**
	 * Closes the cart for the order that locked it; repeating it changes nothing.
	 * @throws shop.common.web.ShopException {@code CART_NOT_LOCKED} unless that order
	 * holds the lock
	 */
	void checkOut(UUID orderId, Instant now) {
		if (this.status == CartStatus.CHECKED_OUT && orderId.equals(this.lockedBy)) {
			return;
		}
		if (this.status != CartStatus.LOCKED || !orderId.equals(this.lockedBy)) {
			throw CartProblems.notLockedBy(orderId);
		}
		this.status = CartStatus.CHECKED_OUT;
		this.updatedAt = now;
	}

	/**
	 * Closes an open cart whose reservations ran out.
	 */
	void expire(Instant now) {
		if (this.status != CartStatus.OPEN) {
			throw new IllegalStateException("Only an open cart expires, not a " + this.status + " one");
		}
		this.status = CartStatus.EXPIRED;
		this.updatedAt = now;
	}

	/**
	 * Whether an open cart has been idle past its reservations' expiry.
	 */
	boolean hasExpired(Instant now) {
		return this.status == CartStatus.OPEN && !this.expiresAt.isAfter(now);
	}

	/**
	 * Whether the cart's reservations are due for renewal.
	 */
	boolean renewalDue(Instant now, Duration renewInterval) {
		return this.reservationsRenewedAt == null || !this.reservationsRenewedAt.plus(renewInterval).isAfter(now);
	}

	/**
	 * Records that fulfillment holds the cart's reservations for another
	 * {@code reservationTtl}.
	 */
	void reservationsRenewed(Instant now, Duration reservationTtl) {
		this.reservationsRenewedAt = now;
		this.expiresAt = now.plus(reservationTtl);
	}

	boolean isActive() {
		return this.deletedAt == null && (this.status == CartStatus.OPEN || this.status == CartStatus.LOCKED);
	}

	private void requireOpen() {
		if (this.status == CartStatus.LOCKED) {
			throw CartProblems.locked();
		}
		requireActive();
	}

	private void requireActive() {
		if (!isActive()) {
			throw CartProblems.closed();
		}
	}

	Optional<CartItem> line(UUID productId) {
		return this.items.stream().filter((item) -> item.productId().equals(productId)).findFirst();
	}

	CartItem item(UUID itemId) {
		return this.items.stream()
			.filter((item) -> item.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> CartProblems.itemNotFound(itemId));
	}

	public UUID id() {
		return this.id;
	}

	public UUID userId() {
		return this.userId;
	}

	public CartStatus status() {
		return this.status;
	}

	public UUID lockedBy() {
		return this.lockedBy;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * Loads the lines now, so that the cart can be read after its transaction ended.
	 */
	Cart withItemsLoaded() {
		Hibernate.initialize(this.items);
		return this;
	}

	public List<CartItem> items() {
		return Collections.unmodifiableList(this.items);
	}

}

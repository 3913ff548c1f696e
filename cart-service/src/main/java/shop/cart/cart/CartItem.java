package shop.cart.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import shop.common.util.Ids;

/**
 * One line of a cart: a product, how many, and the unit price locked when the product
 * entered the cart. Changed only through its {@link Cart}.
 */
@Entity
@Table(name = "cart_items")
public class CartItem {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cart_id", nullable = false, updatable = false)
	private Cart cart;

	@Column(nullable = false, updatable = false)
	private UUID productId;

	private String sku;

	private String name;

	private int quantity;

	@Column(nullable = false, updatable = false)
	private BigDecimal lockedAmount;

	@Column(nullable = false, updatable = false, length = 3)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String lockedCurrency;

	private Instant addedAt;

	private Instant updatedAt;

	protected CartItem() {
	}

	CartItem(Cart cart, UUID productId, int quantity, Money lockedPrice, String sku, String name, Instant now) {
		this.id = Ids.newId();
		this.cart = cart;
		this.productId = productId;
		this.quantity = quantity;
		this.lockedAmount = lockedPrice.amount();
		this.lockedCurrency = lockedPrice.currency();
		this.sku = sku;
		this.name = name;
		this.addedAt = now;
		this.updatedAt = now;
	}

	void changeQuantity(int quantity, Instant now) {
		this.quantity = quantity;
		this.updatedAt = now;
	}

	void refreshDescription(String sku, String name) {
		if (sku != null) {
			this.sku = sku;
		}
		if (name != null) {
			this.name = name;
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID productId() {
		return this.productId;
	}

	public String sku() {
		return this.sku;
	}

	public String name() {
		return this.name;
	}

	public int quantity() {
		return this.quantity;
	}

	public Money lockedPrice() {
		return new Money(this.lockedAmount, this.lockedCurrency.trim());
	}

	public Money lineTotal() {
		return lockedPrice().times(this.quantity);
	}

	public Instant addedAt() {
		return this.addedAt;
	}

}

package shop.fulfillment.reservation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Units of one product held for one cart until {@code expiresAt}. Its quantity is counted
 * in the product's reserved stock for as long as the reservation exists.
 */
@Entity
@Table(name = "reservations")
public class Reservation {

	@Id
	private UUID id;

	private UUID cartId;

	private UUID productId;

	private int quantity;

	private Instant expiresAt;

	private Instant createdAt;

	private Instant updatedAt;

	protected Reservation() {
	}

	Reservation(UUID id, UUID cartId, UUID productId, int quantity, Instant expiresAt, Instant now) {
		requirePositive(quantity);
		this.id = id;
		this.cartId = cartId;
		this.productId = productId;
		this.quantity = quantity;
		this.expiresAt = expiresAt;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Holds exactly {@code quantity} units until {@code expiresAt}.
	 */
	void change(int quantity, Instant expiresAt, Instant now) {
		requirePositive(quantity);
		this.quantity = quantity;
		this.expiresAt = expiresAt;
		this.updatedAt = now;
	}

	private static void requirePositive(int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A reservation holds at least one unit");
		}
	}

	public UUID cartId() {
		return this.cartId;
	}

	public UUID productId() {
		return this.productId;
	}

	public int quantity() {
		return this.quantity;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

}

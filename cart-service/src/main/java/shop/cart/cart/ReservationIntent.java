package shop.cart.cart;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import shop.common.util.Ids;

/**
 * A note, committed before cart-service changes reservations in fulfillment-service, that
 * a cart line (or, without a product, the whole cart) is about to change there. The
 * transaction that saves the change removes it; one that outlives its change marks a
 * reservation that may disagree with the cart after a crash, and {@link CartReconciler}
 * repairs it.
 */
@Entity
@Table(name = "reservation_intents")
public class ReservationIntent {

	@Id
	private UUID id;

	private UUID cartId;

	private UUID productId;

	private Instant createdAt;

	protected ReservationIntent() {
	}

	private ReservationIntent(UUID cartId, UUID productId, Instant now) {
		this.id = Ids.newId();
		this.cartId = cartId;
		this.productId = productId;
		this.createdAt = now;
	}

	static ReservationIntent forLine(UUID cartId, UUID productId, Instant now) {
		return new ReservationIntent(cartId, productId, now);
	}

	static ReservationIntent forWholeCart(UUID cartId, Instant now) {
		return new ReservationIntent(cartId, null, now);
	}

	public UUID id() {
		return this.id;
	}

	public UUID cartId() {
		return this.cartId;
	}

	/**
	 * The product whose line changes, or {@code null} for every line of the cart.
	 */
	public UUID productId() {
		return this.productId;
	}

}

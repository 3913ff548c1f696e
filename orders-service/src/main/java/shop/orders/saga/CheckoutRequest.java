package shop.orders.saga;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A checkout's {@code Idempotency-Key}: which order a user's key started, and a
 * fingerprint of the request body, so that a repeat is answered from that order and a
 * different body under the same key is refused.
 */
@Entity
@Table(name = "checkout_requests")
@IdClass(CheckoutRequest.Key.class)
public class CheckoutRequest {

	@Id
	private UUID userId;

	@Id
	private String idempotencyKey;

	@Column(nullable = false)
	private String requestHash;

	@Column(nullable = false)
	private UUID orderId;

	@Column(nullable = false)
	private Instant createdAt;

	protected CheckoutRequest() {
	}

	public UUID orderId() {
		return this.orderId;
	}

	public boolean matches(String fingerprint) {
		return this.requestHash.equals(fingerprint);
	}

	/**
	 * The key of a checkout request.
	 *
	 * @param userId the user
	 * @param idempotencyKey their key
	 */
	public record Key(UUID userId, String idempotencyKey) implements Serializable {

	}

}

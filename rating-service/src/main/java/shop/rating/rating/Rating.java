package shop.rating.rating;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import shop.common.util.Ids;

/**
 * A buyer's stars and comment for one product of one delivered order. Immutable once
 * given.
 */
@Entity
@Table(name = "ratings")
public class Rating {

	public static final int MIN_STARS = 1;

	public static final int MAX_STARS = 5;

	@Id
	private UUID id;

	@Column(name = "order_id", nullable = false, updatable = false)
	private UUID orderId;

	@Column(name = "product_id", nullable = false, updatable = false)
	private UUID productId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false, updatable = false)
	private short stars;

	@Column(updatable = false)
	private String comment;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Rating() {
	}

	private Rating(UUID orderId, UUID productId, UUID userId, int stars, String comment, Instant createdAt) {
		this.id = Ids.newId();
		this.orderId = orderId;
		this.productId = productId;
		this.userId = userId;
		this.stars = (short) stars;
		this.comment = comment;
		this.createdAt = createdAt;
	}

	/**
	 * A new rating; the stars must be within {@link #MIN_STARS} and {@link #MAX_STARS}.
	 */
	static Rating give(UUID orderId, UUID productId, UUID userId, int stars, String comment, Instant at) {
		if (stars < MIN_STARS || stars > MAX_STARS) {
			throw new IllegalArgumentException("stars must be between 1 and 5");
		}
		return new Rating(orderId, productId, userId, stars, comment, at);
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public UUID productId() {
		return this.productId;
	}

	public UUID userId() {
		return this.userId;
	}

	public int stars() {
		return this.stars;
	}

	public String comment() {
		return this.comment;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}

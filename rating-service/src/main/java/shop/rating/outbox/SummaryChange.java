package shop.rating.outbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import shop.common.util.Ids;

/**
 * A product's new summary waiting to reach catalog. Failed deliveries wait longer each
 * time, up to a bound.
 */
@Entity
@Table(name = "summary_outbox")
public class SummaryChange {

	private static final int MAX_ERROR_LENGTH = 500;

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false, updatable = false)
	private UUID productId;

	@Column(nullable = false, updatable = false)
	private BigDecimal average;

	@Column(name = "rating_count", nullable = false, updatable = false)
	private long count;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	protected SummaryChange() {
	}

	/**
	 * A change to deliver as soon as possible.
	 */
	public static SummaryChange of(UUID productId, BigDecimal average, long count, Instant changedAt) {
		SummaryChange change = new SummaryChange();
		change.id = Ids.newId();
		change.productId = productId;
		change.average = average;
		change.count = count;
		change.changedAt = changedAt;
		change.nextAttemptAt = changedAt;
		return change;
	}

	/**
	 * Records a failed delivery: the next attempt waits twice as long as the last one
	 * (one second first), at most {@code maxBackoff}.
	 */
	void failed(String error, Instant now, Duration maxBackoff) {
		this.attempts++;
		long seconds = 1L << Math.min(this.attempts - 1, 20);
		Duration backoff = Duration.ofSeconds(seconds);
		this.nextAttemptAt = now.plus((backoff.compareTo(maxBackoff) > 0) ? maxBackoff : backoff);
		this.lastError = (error != null && error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH)
				: error;
	}

	public UUID productId() {
		return this.productId;
	}

	public BigDecimal average() {
		return this.average;
	}

	public long count() {
		return this.count;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

}

package shop.pricing.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message waiting for delivery: its topic names the receiver, its payload is the JSON
 * the receiver gets.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage {

	private static final int MAX_ERROR_LENGTH = 500;

	@Id
	private UUID id;

	private String topic;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> payload;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	protected OutboxMessage() {
	}

	OutboxMessage(UUID id, String topic, Map<String, Object> payload, Instant createdAt) {
		this.id = id;
		this.topic = topic;
		this.payload = new LinkedHashMap<>(payload);
		this.createdAt = createdAt;
		this.nextAttemptAt = createdAt;
	}

	/**
	 * Records a failed delivery and schedules the next attempt, the wait doubling with
	 * every failure up to {@code maxBackoff}.
	 */
	void deliveryFailed(String error, Instant now, Duration backoff, Duration maxBackoff) {
		this.attempts++;
		Duration wait = backoff.multipliedBy(1L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plus((wait.compareTo(maxBackoff) > 0) ? maxBackoff : wait);
		this.lastError = (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error;
	}

	public UUID id() {
		return this.id;
	}

	public String topic() {
		return this.topic;
	}

	public Map<String, Object> payload() {
		return this.payload;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String lastError() {
		return this.lastError;
	}

}

package shop.orders.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import shop.orders.client.RealtimeClient;

/**
 * An order status change waiting in the outbox to be published to realtime-service.
 */
@Entity
@Table(name = "order_events")
class OrderEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long seq;

	@Column(nullable = false, unique = true)
	private UUID eventId;

	@Column(nullable = false)
	private UUID orderId;

	@Column(nullable = false)
	private UUID userId;

	@Column(nullable = false)
	private String status;

	@Column(nullable = false)
	private Instant occurredAt;

	private int attempts;

	@Column(nullable = false)
	private Instant nextAttemptAt;

	private Instant leaseUntil;

	private Instant publishedAt;

	private Instant abandonedAt;

	private String lastError;

	protected OrderEvent() {
	}

	OrderEvent(UUID eventId, UUID orderId, UUID userId, String status, Instant occurredAt) {
		this.eventId = eventId;
		this.orderId = orderId;
		this.userId = userId;
		this.status = status;
		this.occurredAt = occurredAt;
		this.nextAttemptAt = occurredAt;
	}

	RealtimeClient.OrderStatusEvent toMessage() {
		return new RealtimeClient.OrderStatusEvent(this.eventId, this.userId, this.orderId, this.status,
				this.occurredAt);
	}

	void published(Instant now) {
		this.publishedAt = now;
		this.leaseUntil = null;
		this.attempts++;
		this.lastError = null;
	}

	/**
	 * A failed attempt: try again after {@code delay}, or give up after
	 * {@code maxAttempts}.
	 */
	void failed(String error, Duration delay, int maxAttempts, Instant now) {
		this.attempts++;
		this.leaseUntil = null;
		this.lastError = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		if (this.attempts >= maxAttempts) {
			this.abandonedAt = now;
		}
		else {
			this.nextAttemptAt = now.plus(delay);
		}
	}

	Long seq() {
		return this.seq;
	}

	UUID orderId() {
		return this.orderId;
	}

	String status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	boolean isAbandoned() {
		return this.abandonedAt != null;
	}

}

package shop.payment.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import shop.common.util.Ids;

/**
 * One step of a payment's status history.
 */
@Entity
@Table(name = "payment_status_history")
public class PaymentStatusChange {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "payment_id", nullable = false, updatable = false)
	private Payment payment;

	@Enumerated(EnumType.STRING)
	private PaymentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentStatus toStatus;

	private String reason;

	private Instant occurredAt;

	protected PaymentStatusChange() {
	}

	PaymentStatusChange(Payment payment, PaymentStatus from, PaymentStatus to, String reason, Instant at) {
		this.id = Ids.newId();
		this.payment = payment;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.occurredAt = at;
	}

	public PaymentStatus fromStatus() {
		return this.fromStatus;
	}

	public PaymentStatus toStatus() {
		return this.toStatus;
	}

	public String reason() {
		return this.reason;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

}

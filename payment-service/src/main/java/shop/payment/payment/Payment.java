package shop.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

import shop.common.util.Ids;

/**
 * A payment for one order, and the state machine of its life at PayPal:
 *
 * <pre>
 * NEW -> CREATED -> APPROVED -> CAPTURED -> REFUNDED
 *   \--------\---------\--> VOIDED (never captured)
 *   \--------\---------\--> FAILED (refused or declined)
 * </pre>
 *
 * Every change is written to the status history. PayPal is the authority on money: a
 * capture PayPal reports is recorded whatever the payment's state (a capture can complete
 * while its caller timed out), and one of another amount than the payment's is never
 * accepted as a capture: the payment fails with {@code AMOUNT_MISMATCH} and keeps the
 * capture so that it can be refunded. PayPal's ids arrive here already sealed by
 * {@link ProviderIds}.
 */
@Entity
@Table(name = "payments")
@SQLRestriction("deleted_at is null")
public class Payment {

	static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";

	private static final Set<PaymentStatus> UNCAPTURED = EnumSet.of(PaymentStatus.NEW, PaymentStatus.CREATED,
			PaymentStatus.APPROVED);

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID orderId;

	@Column(nullable = false, updatable = false)
	private String provider;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentStatus status;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(nullable = false, updatable = false, length = 3)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String currency;

	private String idempotencyKey;

	private String providerOrderId;

	private String providerOrderHash;

	private String approvalUrl;

	private String payerId;

	private String captureKey;

	private String captureId;

	private String captureHash;

	private BigDecimal capturedAmount;

	private String refundKey;

	private String refundId;

	private BigDecimal refundedAmount;

	private String failureReason;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant deletedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<PaymentStatusChange> history = new ArrayList<>();

	protected Payment() {
	}

	private Payment(UUID orderId, Money amount, String idempotencyKey, Instant now) {
		this.id = Ids.newId();
		this.orderId = orderId;
		this.provider = "PAYPAL";
		this.amount = amount.amount();
		this.currency = amount.currency();
		this.idempotencyKey = idempotencyKey;
		this.createdAt = now;
		move(PaymentStatus.NEW, "payment requested", now);
	}

	/**
	 * A payment for an order, before PayPal knows of it.
	 */
	static Payment start(UUID orderId, Money amount, String idempotencyKey, Instant now) {
		return new Payment(orderId, amount, idempotencyKey, now);
	}

	/**
	 * PayPal created its order; repeating it with the same order changes nothing.
	 */
	void providerOrderCreated(Sealed order, Sealed approvalUrl, Instant now) {
		if (this.status != PaymentStatus.NEW) {
			if (Objects.equals(this.providerOrderHash, order.index())) {
				return;
			}
			throw new IllegalStateException("Payment " + this.id + " already has another PayPal order");
		}
		this.providerOrderId = order.ciphertext();
		this.providerOrderHash = order.index();
		this.approvalUrl = approvalUrl.ciphertext();
		move(PaymentStatus.CREATED, "PayPal order created", now);
	}

	/**
	 * The payer approved at PayPal; a no-op once past that.
	 */
	void approved(Sealed payer, Instant now) {
		if (payer != null && this.payerId == null) {
			this.payerId = payer.ciphertext();
			this.updatedAt = now;
		}
		if (this.status == PaymentStatus.CREATED) {
			move(PaymentStatus.APPROVED, "payer approved", now);
		}
	}

	/**
	 * The key this payment's capture is requested with at PayPal: the first caller's,
	 * kept for every repeat, so that every attempt sends the same
	 * {@code PayPal-Request-Id}.
	 * @throws shop.common.web.ShopException when the payment cannot be captured
	 */
	String captureKey(String key) {
		switch (this.status) {
			case CREATED, APPROVED -> {
				if (this.captureKey == null) {
					this.captureKey = key;
				}
				return this.captureKey;
			}
			case NEW -> throw PaymentProblems.notApproved(this.id);
			case VOIDED -> throw PaymentProblems.voided(this.id);
			case REFUNDED -> throw PaymentProblems.refunded(this.id);
			case FAILED -> throw AMOUNT_MISMATCH.equals(this.failureReason) ? PaymentProblems.amountMismatch(this.id)
					: PaymentProblems.declined(this.id, null);
			case CAPTURED -> throw new IllegalStateException("Payment " + this.id + " is already captured");
			default -> throw new IllegalStateException("Unknown status " + this.status);
		}
	}

	/**
	 * PayPal captured money for this payment. Recorded whatever the payment's state;
	 * reporting the same capture again changes nothing.
	 * @return whether the capture is of the payment's amount (otherwise the payment
	 * failed with {@code AMOUNT_MISMATCH})
	 */
	boolean captured(Sealed capture, Money captured, Instant now) {
		if (this.captureHash != null) {
			if (!this.captureHash.equals(capture.index())) {
				throw new IllegalStateException("Payment " + this.id + " already has another capture");
			}
			return !AMOUNT_MISMATCH.equals(this.failureReason);
		}
		this.captureId = capture.ciphertext();
		this.captureHash = capture.index();
		this.capturedAmount = captured.amount();
		if (!captured.equals(amount())) {
			this.failureReason = AMOUNT_MISMATCH;
			move(PaymentStatus.FAILED, "captured " + captured.plainAmount() + " " + captured.currency() + " instead of "
					+ amount().plainAmount() + " " + this.currency, now);
			return false;
		}
		move(PaymentStatus.CAPTURED, "captured", now);
		return true;
	}

	/**
	 * PayPal declined or refused the payment before any money moved.
	 */
	void failed(String reason, Instant now) {
		if (!UNCAPTURED.contains(this.status)) {
			throw new IllegalStateException("Payment " + this.id + " cannot fail once " + this.status);
		}
		this.failureReason = reason;
		move(PaymentStatus.FAILED, reason, now);
	}

	/**
	 * The key this payment's refund is requested with at PayPal (the first caller's).
	 * @throws shop.common.web.ShopException when nothing was captured
	 */
	String refundKey(String key) {
		if (this.captureHash == null || this.status == PaymentStatus.REFUNDED) {
			throw PaymentProblems.notCaptured(this.id);
		}
		if (this.refundKey == null) {
			this.refundKey = key;
		}
		return this.refundKey;
	}

	/**
	 * PayPal refunded (or reversed) the capture; reporting it again changes nothing.
	 */
	void refunded(Sealed refund, Money refunded, String reason, Instant now) {
		if (this.status == PaymentStatus.REFUNDED) {
			return;
		}
		if (this.captureHash == null) {
			throw new IllegalStateException("Payment " + this.id + " has no capture to refund");
		}
		if (refund != null) {
			this.refundId = refund.ciphertext();
		}
		this.refundedAmount = (refunded != null) ? refunded.amount() : this.capturedAmount;
		move(PaymentStatus.REFUNDED, reason, now);
	}

	/**
	 * Abandons a payment nothing was captured for; repeating it changes nothing.
	 * @throws shop.common.web.ShopException once money was captured
	 */
	void voided(Instant now) {
		if (this.status == PaymentStatus.VOIDED) {
			return;
		}
		if (this.captureHash != null) {
			throw PaymentProblems.alreadyCaptured(this.id);
		}
		move(PaymentStatus.VOIDED, "voided", now);
	}

	private void move(PaymentStatus to, String reason, Instant now) {
		this.history.add(new PaymentStatusChange(this, this.status, to, reason, now));
		this.status = to;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public String provider() {
		return this.provider;
	}

	public PaymentStatus status() {
		return this.status;
	}

	public Money amount() {
		return new Money(this.amount, this.currency);
	}

	Money capturedAmount() {
		return (this.capturedAmount != null) ? new Money(this.capturedAmount, this.currency) : null;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	String providerOrderId() {
		return this.providerOrderId;
	}

	String approvalUrl() {
		return this.approvalUrl;
	}

	String captureId() {
		return this.captureId;
	}

	boolean hasCapture() {
		return this.captureHash != null;
	}

	String failureReason() {
		return this.failureReason;
	}

	public List<PaymentStatusChange> history() {
		return Collections.unmodifiableList(this.history);
	}

}

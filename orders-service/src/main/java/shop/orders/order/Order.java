package shop.orders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An order: a state machine over {@link OrderStatus} that refuses illegal transitions,
 * with the snapshot of what was ordered, its totals, its payment and shipping, and its
 * status history. Every status change registers an {@link OrderStatusChanged} event,
 * published when the order is saved.
 */
@Entity(name = "ShopOrder")
@Table(name = "orders")
@EntityListeners(SnapshotSealing.class)
public class Order extends AbstractAggregateRoot<Order> {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status;

	/**
	 * The snapshot as stored, its personal data encrypted ({@link SnapshotCipher}); set
	 * to {@code null} when the snapshot changes, sealed again before the order is written
	 * ({@link SnapshotSealing}).
	 */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "snapshot", nullable = false)
	private String storedSnapshot;

	@Transient
	private OrderSnapshot snapshot;

	@Column(nullable = false)
	private BigDecimal itemsTotal;

	@Column(nullable = false)
	private BigDecimal shippingTotal;

	@Column(nullable = false)
	private BigDecimal grandTotal;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, length = 3)
	private String currency;

	private LocalDate deliveryDate;

	@Column(nullable = false)
	private String deliveryMode;

	private boolean acceptPriceChanges;

	private String carrier;

	private String trackingNumber;

	private UUID cartId;

	private UUID paymentId;

	private String paymentProvider;

	private String paymentStatus;

	private String paymentReference;

	private String captureReference;

	private String approvalUrl;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	private Instant placedAt;

	private Instant shippedAt;

	private Instant deliveredAt;

	private Instant cancellationRequestedAt;

	@Version
	private Long version;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<OrderStatusChange> history = new ArrayList<>();

	protected Order() {
	}

	/**
	 * A new order in {@link OrderStatus#PENDING}, before its cart is known.
	 */
	public static Order place(UUID id, Customer customer, ShippingAddress address, String deliveryMode,
			boolean acceptPriceChanges, String currency, Instant now) {
		Order order = new Order();
		order.id = id;
		order.userId = customer.userId();
		order.snapshot = new OrderSnapshot(customer, address, List.of(), List.of());
		order.deliveryMode = deliveryMode;
		order.acceptPriceChanges = acceptPriceChanges;
		order.currency = currency;
		order.itemsTotal = BigDecimal.ZERO;
		order.shippingTotal = BigDecimal.ZERO;
		order.grandTotal = BigDecimal.ZERO;
		order.createdAt = now;
		order.status = OrderStatus.PENDING;
		order.record(null, OrderStatus.PENDING, null, now);
		return order;
	}

	/**
	 * The cart is locked for this order: its lines (at the prices the shopper pays) and
	 * the warnings shown become the snapshot.
	 */
	public void cartLocked(UUID lockedCartId, String cartCurrency, List<OrderLine> items, List<OrderWarning> warnings,
			Instant now) {
		transition(OrderStatus.CART_LOCKED, null, now);
		this.cartId = lockedCartId;
		this.currency = cartCurrency;
		this.snapshot = this.snapshot.withItems(items, warnings);
		this.storedSnapshot = null;
		this.itemsTotal = money(items.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
		this.shippingTotal = money(BigDecimal.ZERO);
		this.grandTotal = this.itemsTotal;
	}

	/**
	 * The delivery mode was priced by fulfillment's quote.
	 */
	public void shippingQuoted(String quotedCarrier, BigDecimal cost, LocalDate quotedDeliveryDate, Instant now) {
		if (this.status != OrderStatus.CART_LOCKED) {
			throw new OrderStateException(this.id, this.status, "ILLEGAL_ORDER_TRANSITION",
					"Order " + this.id + " is " + this.status + " and cannot be priced any more");
		}
		this.carrier = quotedCarrier;
		this.shippingTotal = money(cost);
		this.grandTotal = this.itemsTotal.add(this.shippingTotal);
		this.deliveryDate = quotedDeliveryDate;
		this.updatedAt = now;
	}

	/**
	 * The PayPal order exists: the shopper can approve it at {@code approvalUrl}.
	 */
	public void paymentCreated(UUID createdPaymentId, String provider, String status, String reference,
			String createdApprovalUrl, Instant now) {
		transition(OrderStatus.PAYMENT_PENDING, null, now);
		this.paymentId = createdPaymentId;
		this.paymentProvider = provider;
		this.paymentStatus = status;
		this.paymentReference = reference;
		this.approvalUrl = createdApprovalUrl;
		this.placedAt = now;
	}

	public void paymentCaptured(String reference, Instant now) {
		transition(OrderStatus.PAYMENT_CAPTURED, null, now);
		this.paymentStatus = "CAPTURED";
		this.captureReference = reference;
	}

	public void stockCommitted(Instant now) {
		transition(OrderStatus.STOCK_COMMITTED, null, now);
	}

	public void confirmed(Instant now) {
		transition(OrderStatus.CONFIRMED, null, now);
	}

	/**
	 * The payment was refunded, voided or found in another status by a compensation.
	 */
	public void paymentSettled(String settledStatus, Instant now) {
		this.paymentStatus = settledStatus;
		this.updatedAt = now;
	}

	/**
	 * Ends the order in {@link OrderStatus#CANCELLED}, {@link OrderStatus#FAILED} or
	 * {@link OrderStatus#REFUNDED} once the saga has compensated.
	 */
	public void end(OrderStatus end, String reason, Instant now) {
		if (!end.isAbandoned()) {
			throw OrderStateException.illegalTransition(this.id, this.status, end);
		}
		transition(end, reason, now);
	}

	/**
	 * Refuses a confirmation the order's status does not allow; a confirmed, shipped or
	 * delivered order passes (confirm is idempotent).
	 */
	public void checkConfirmable() {
		if (this.status == OrderStatus.PENDING || this.status == OrderStatus.CART_LOCKED) {
			throw new OrderStateException(this.id, this.status, "CHECKOUT_NOT_READY",
					"Order " + this.id + " has no payment to confirm yet");
		}
		if (this.status.isAbandoned() || this.cancellationRequestedAt != null) {
			throw OrderStateException.illegalTransition(this.id, this.status, OrderStatus.CONFIRMED);
		}
	}

	/**
	 * Marks the order as being cancelled by its shopper; from then on it cannot be
	 * shipped. A shipped or delivered order refuses.
	 */
	public void requestCancellation(Instant now) {
		if (this.status == OrderStatus.SHIPPED || this.status == OrderStatus.DELIVERED) {
			throw new OrderStateException(this.id, this.status, "ORDER_ALREADY_SHIPPED",
					"Order " + this.id + " is " + this.status + " and can no longer be cancelled");
		}
		if (this.status.isAbandoned()) {
			throw OrderStateException.illegalTransition(this.id, this.status, OrderStatus.CANCELLED);
		}
		if (this.cancellationRequestedAt == null) {
			this.cancellationRequestedAt = now;
			this.updatedAt = now;
		}
	}

	/**
	 * Hands a confirmed order to a carrier. Repeating the same shipment changes nothing
	 * and answers {@code false}.
	 */
	public boolean ship(String shipCarrier, String shipTrackingNumber, Instant now) {
		if ((this.status == OrderStatus.SHIPPED || this.status == OrderStatus.DELIVERED)
				&& Objects.equals(this.carrier, shipCarrier)
				&& Objects.equals(this.trackingNumber, shipTrackingNumber)) {
			return false;
		}
		if (this.cancellationRequestedAt != null && this.status == OrderStatus.CONFIRMED) {
			throw new OrderStateException(this.id, this.status, "ORDER_BEING_CANCELLED",
					"Order " + this.id + " is being cancelled by its shopper");
		}
		transition(OrderStatus.SHIPPED, null, now);
		this.carrier = shipCarrier;
		this.trackingNumber = shipTrackingNumber;
		this.shippedAt = now;
		return true;
	}

	/**
	 * Marks a shipped order delivered. Repeating it changes nothing and answers
	 * {@code false}.
	 */
	public boolean deliver(Instant now) {
		if (this.status == OrderStatus.DELIVERED) {
			return false;
		}
		transition(OrderStatus.DELIVERED, null, now);
		this.deliveredAt = now;
		return true;
	}

	private void transition(OrderStatus next, String reason, Instant now) {
		if (!this.status.canBecome(next)) {
			throw OrderStateException.illegalTransition(this.id, this.status, next);
		}
		OrderStatus previous = this.status;
		this.status = next;
		record(previous, next, reason, now);
	}

	private void record(OrderStatus previous, OrderStatus next, String reason, Instant now) {
		this.updatedAt = now;
		this.history.add(new OrderStatusChange(this, next, reason, now));
		registerEvent(new OrderStatusChanged(this.id, this.userId, previous, next, reason, now));
	}

	private BigDecimal money(BigDecimal amount) {
		int digits = Math.max(Currency.getInstance(this.currency).getDefaultFractionDigits(), 0);
		return amount.setScale(digits, RoundingMode.HALF_UP);
	}

	public UUID id() {
		return this.id;
	}

	public UUID userId() {
		return this.userId;
	}

	public OrderStatus status() {
		return this.status;
	}

	public OrderSnapshot snapshot() {
		return this.snapshot;
	}

	String storedSnapshot() {
		return this.storedSnapshot;
	}

	void snapshotOpened(OrderSnapshot opened) {
		this.snapshot = opened;
	}

	void snapshotSealed(String sealed) {
		this.storedSnapshot = sealed;
	}

	public BigDecimal itemsTotal() {
		return money(this.itemsTotal);
	}

	public BigDecimal shippingTotal() {
		return money(this.shippingTotal);
	}

	public BigDecimal grandTotal() {
		return money(this.grandTotal);
	}

	public String currency() {
		return this.currency;
	}

	public LocalDate deliveryDate() {
		return this.deliveryDate;
	}

	public String deliveryMode() {
		return this.deliveryMode;
	}

	public boolean acceptsPriceChanges() {
		return this.acceptPriceChanges;
	}

	public String carrier() {
		return this.carrier;
	}

	public String trackingNumber() {
		return this.trackingNumber;
	}

	public UUID cartId() {
		return this.cartId;
	}

	public UUID paymentId() {
		return this.paymentId;
	}

	public String paymentProvider() {
		return this.paymentProvider;
	}

	public String paymentStatus() {
		return this.paymentStatus;
	}

	public String paymentReference() {
		return this.paymentReference;
	}

	public String approvalUrl() {
		return this.approvalUrl;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant placedAt() {
		return this.placedAt;
	}

	public Instant shippedAt() {
		return this.shippedAt;
	}

	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	public List<OrderStatusChange> history() {
		return Collections.unmodifiableList(this.history);
	}

}

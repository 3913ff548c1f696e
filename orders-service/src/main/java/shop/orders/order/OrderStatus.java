package shop.orders.order;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses of an order (DESIGN.md §4) and which may follow which.
 */
public enum OrderStatus {

	/** Created; the checkout saga is about to lock the cart. */
	PENDING,

	/** The cart is locked for this order and its lines are known. */
	CART_LOCKED,

	/** A PayPal order exists; waiting for the shopper to approve and confirm it. */
	PAYMENT_PENDING,

	/** The payment is captured. */
	PAYMENT_CAPTURED,

	/** The cart's reservations became a stock reduction. */
	STOCK_COMMITTED,

	/** Paid, stock taken, cart checked out. */
	CONFIRMED,

	/** Handed to the carrier. */
	SHIPPED,

	/** Delivered to the shopper. */
	DELIVERED,

	/** Ended before any money was captured. */
	CANCELLED,

	/** A failure after the capture; compensated, the money went back. */
	FAILED,

	/** Cancelled by the shopper after the capture; refunded. */
	REFUNDED;

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

	static {
		NEXT.put(PENDING, EnumSet.of(CART_LOCKED, CANCELLED));
		NEXT.put(CART_LOCKED, EnumSet.of(PAYMENT_PENDING, CANCELLED));
		NEXT.put(PAYMENT_PENDING, EnumSet.of(PAYMENT_CAPTURED, CANCELLED, FAILED, REFUNDED));
		NEXT.put(PAYMENT_CAPTURED, EnumSet.of(STOCK_COMMITTED, FAILED, REFUNDED));
		NEXT.put(STOCK_COMMITTED, EnumSet.of(CONFIRMED, FAILED, REFUNDED));
		NEXT.put(CONFIRMED, EnumSet.of(SHIPPED, REFUNDED));
		NEXT.put(SHIPPED, EnumSet.of(DELIVERED));
		NEXT.put(DELIVERED, EnumSet.noneOf(OrderStatus.class));
		NEXT.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
		NEXT.put(FAILED, EnumSet.noneOf(OrderStatus.class));
		NEXT.put(REFUNDED, EnumSet.noneOf(OrderStatus.class));
	}

	/**
	 * Whether an order in this status may move to {@code next}.
	 */
	public boolean canBecome(OrderStatus next) {
		return NEXT.get(this).contains(next);
	}

	/**
	 * Whether nothing follows this status.
	 */
	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

	/**
	 * Whether the order was paid, its stock taken and its cart checked out.
	 */
	public boolean isConfirmed() {
		return this == CONFIRMED || this == SHIPPED || this == DELIVERED;
	}

	/**
	 * Whether the order ended without goods: cancelled, failed or refunded.
	 */
	public boolean isAbandoned() {
		return this == CANCELLED || this == FAILED || this == REFUNDED;
	}

}

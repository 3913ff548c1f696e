package shop.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An order as its readers see it, with its status history.
 *
 * @param orderId the order
 * @param userId its owner
 * @param status its status
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param placedAt when its checkout reached payment, {@code null} for a checkout that
 * failed before
 * @param currency the currency of every amount
 * @param items its lines
 * @param warnings what the shopper was told at checkout
 * @param itemsTotal the sum of the lines
 * @param shippingTotal the shipping cost
 * @param grandTotal what the shopper pays
 * @param deliveryMode the chosen delivery mode
 * @param carrier the carrier (quoted, then the one it shipped with)
 * @param deliveryDate the promised delivery date
 * @param address where it ships
 * @param customer who ordered
 * @param trackingNumber the carrier's tracking number once shipped
 * @param shippedAt when it shipped
 * @param deliveredAt when it was delivered
 * @param payment the payment
 * @param approvalUrl where the shopper approves the payment, while it waits for that
 * @param history every status it had, oldest first
 */
public record OrderDetails(UUID orderId, UUID userId, OrderStatus status, Instant createdAt, Instant updatedAt,
		Instant placedAt, String currency, List<OrderLine> items, List<OrderWarning> warnings, BigDecimal itemsTotal,
		BigDecimal shippingTotal, BigDecimal grandTotal, String deliveryMode, String carrier, LocalDate deliveryDate,
		ShippingAddress address, Customer customer, String trackingNumber, Instant shippedAt, Instant deliveredAt,
		Payment payment, String approvalUrl, List<StatusEntry> history) {

	/**
	 * Reads an order; call it inside a transaction (the history is loaded lazily).
	 */
	public static OrderDetails of(Order order) {
		List<StatusEntry> history = order.history()
			.stream()
			.map((change) -> new StatusEntry(change.status(), change.reason(), change.at()))
			.toList();
		Payment payment = (order.paymentId() != null) ? new Payment(order.paymentId(), order.paymentProvider(),
				order.paymentStatus(), order.paymentReference()) : null;
		String approvalUrl = (order.status() == OrderStatus.PAYMENT_PENDING) ? order.approvalUrl() : null;
		OrderSnapshot snapshot = order.snapshot();
		return new OrderDetails(order.id(), order.userId(), order.status(), order.createdAt(), order.updatedAt(),
				order.placedAt(), order.currency(), snapshot.items(), snapshot.warnings(), order.itemsTotal(),
				order.shippingTotal(), order.grandTotal(), order.deliveryMode(), order.carrier(), order.deliveryDate(),
				snapshot.address(), snapshot.customer(), order.trackingNumber(), order.shippedAt(), order.deliveredAt(),
				payment, approvalUrl, history);
	}

	/**
	 * The payment of an order.
	 *
	 * @param paymentId payment-service's id
	 * @param provider for example {@code PAYPAL}
	 * @param status {@code CREATED}, {@code CAPTURED}, {@code REFUNDED}, {@code VOIDED}
	 * @param reference the provider's reference the shopper can quote
	 */
	public record Payment(UUID paymentId, String provider, String status, String reference) {

	}

	/**
	 * One entry of the status history.
	 *
	 * @param status the status
	 * @param reason why, when there is more to say
	 * @param at when
	 */
	public record StatusEntry(OrderStatus status, String reason, Instant at) {

	}

}

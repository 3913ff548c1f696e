package shop.orders.order;

import java.time.Instant;
import java.util.UUID;

/**
 * An order moved to another status; published in the transaction of the change.
 *
 * @param orderId the order
 * @param userId its owner
 * @param previous the status it left, {@code null} for a new order
 * @param status the status it has now
 * @param reason why, when there is more to say than the status
 * @param at when
 */
public record OrderStatusChanged(UUID orderId, UUID userId, OrderStatus previous, OrderStatus status, String reason,
		Instant at) {

}

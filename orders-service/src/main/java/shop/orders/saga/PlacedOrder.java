package shop.orders.saga;

import shop.orders.order.OrderDetails;

/**
 * The answer to a checkout.
 *
 * @param order the order
 * @param created whether this request created it ({@code false} for a repeat under the
 * same {@code Idempotency-Key})
 */
public record PlacedOrder(OrderDetails order, boolean created) {

}

package shop.orders.saga;

import shop.orders.order.OrderDetails;

/**
 * The answer to a confirmation or a cancellation.
 *
 * @param order the order as it is now
 * @param finished whether the order got where the request asked; {@code false} when the
 * saga still works on it in the background (another service is unreachable for now)
 */
public record OrderOutcome(OrderDetails order, boolean finished) {

}

package shop.orders.saga;

import java.util.UUID;

/**
 * The recovery worker resumed a saga a request had left (after an outage, a crash or a
 * timeout, or at its approval deadline) and ran its due step.
 *
 * @param orderId the order
 * @param step the step it resumed at
 */
public record SagaRecovered(UUID orderId, SagaStep step) {

}

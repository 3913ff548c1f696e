package shop.orders.saga;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkout saga was created with its order (registered by the saga, published when it
 * is saved).
 *
 * @param orderId the order
 * @param at when
 */
public record SagaStarted(UUID orderId, Instant at) {

}

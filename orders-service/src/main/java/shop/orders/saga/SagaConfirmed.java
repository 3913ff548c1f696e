package shop.orders.saga;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkout saga reached {@code CONFIRMED}: paid, stock committed, cart checked out
 * (registered by the saga, published when it is saved).
 *
 * @param orderId the order
 * @param at when
 */
public record SagaConfirmed(UUID orderId, Instant at) {

}

package shop.orders.saga;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkout saga finished compensating and ended (registered by the saga, published when
 * it is saved).
 *
 * @param orderId the order
 * @param end {@code CANCELLED}, {@code FAILED} or {@code REFUNDED}
 * @param turnedBackBy the forward step that failed, {@code APPROVAL_EXPIRED} or
 * {@code CANCEL_REQUESTED} ({@link CheckoutSaga#turnedBackBy()})
 * @param at when
 */
public record SagaCompensated(UUID orderId, SagaState end, String turnedBackBy, Instant at) {

}

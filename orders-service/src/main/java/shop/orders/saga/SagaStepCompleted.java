package shop.orders.saga;

import java.util.UUID;

/**
 * A saga step's outcome was recorded (committed); published after the commit.
 *
 * @param orderId the order
 * @param step the step
 * @param outcome {@code SUCCEEDED}, {@code REJECTED}, {@code UNAVAILABLE} or
 * {@code DISCARDED}
 * @param state the saga's state after it
 * @param attempt which attempt of the step it was
 */
public record SagaStepCompleted(UUID orderId, SagaStep step, String outcome, SagaState state, int attempt) {

}

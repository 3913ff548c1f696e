package shop.paypal.faults;

import java.time.Duration;

/**
 * A fault armed for the next {@code times} calls of an operation.
 *
 * @param operation the operation it hits
 * @param mode what it does
 * @param times how many calls are left to hit
 * @param delay how long {@code TIMEOUT} holds the answer back or {@code APPROVE_LATE}
 * delays the approval, {@code null} for the configured default
 */
public record Fault(Operation operation, FaultMode mode, int times, Duration delay) {

}

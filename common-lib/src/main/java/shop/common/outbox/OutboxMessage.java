package shop.common.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One message waiting for delivery: its topic names the receiver, its payload is the JSON
 * the receiver gets.
 *
 * @param id the message's id
 * @param topic the topic, which picks the {@link OutboxSender}
 * @param payload the message as JSON
 * @param createdAt when it was appended; messages are sent oldest first
 * @param attempts failed deliveries so far
 * @param nextAttemptAt when the relay tries it next
 * @param lastError why the last delivery failed, {@code null} before a failure
 */
public record OutboxMessage(UUID id, String topic, String payload, Instant createdAt, int attempts,
		Instant nextAttemptAt, String lastError) {

}

package shop.common.outbox;

import java.util.List;

/**
 * Delivers the messages of one topic to their receiver, many in one call. Throwing means
 * none of them was delivered; they are retried. Receivers must be idempotent: a message
 * can arrive twice.
 *
 * @param <T> what a message of the topic carries, stored as JSON
 */
public interface OutboxSender<T> {

	/**
	 * The topic this sender delivers, as passed to {@link Outbox#append}.
	 */
	String topic();

	/**
	 * The type of the topic's messages, read back from their JSON.
	 */
	Class<T> payloadType();

	/**
	 * Delivers messages, oldest first.
	 */
	void send(List<T> payloads);

}

package shop.fulfillment.outbox;

import java.util.List;
import java.util.Map;

/**
 * Delivers the messages of one topic to their receiver. Throwing means none of them was
 * delivered; they are retried.
 */
public interface OutboxSender {

	String topic();

	void send(List<Map<String, Object>> payloads);

}

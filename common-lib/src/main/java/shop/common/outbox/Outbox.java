package shop.common.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import shop.common.util.Ids;

/**
 * Writes messages into the outbox as part of the caller's transaction and, unless
 * {@code shop.outbox.deliver-after-commit=false}, hands them to the {@link OutboxRelay}
 * as soon as that transaction commits: the receiver sees the change before the caller's
 * request is answered, unless it is down, in which case the relay keeps trying.
 */
public class Outbox {

	private final OutboxStore store;

	private final OutboxRelay relay;

	private final JsonMapper json;

	private final Clock clock;

	private final boolean deliverAfterCommit;

	Outbox(OutboxStore store, OutboxRelay relay, JsonMapper json, Clock clock, boolean deliverAfterCommit) {
		this.store = store;
		this.relay = relay;
		this.json = json;
		this.clock = clock;
		this.deliverAfterCommit = deliverAfterCommit;
	}

	/**
	 * Appends a message for the sender of {@code topic}, in the caller's transaction.
	 * @param topic the topic of one of the service's {@link OutboxSender}s
	 * @param payload what the message carries, of that sender's payload type
	 * @throws IllegalTransactionStateException outside a transaction
	 * @throws IllegalArgumentException for a topic without a sender or a payload of
	 * another type
	 */
	public void append(String topic, Object payload) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException(
					"An outbox message is appended in the transaction of its change");
		}
		this.relay.requireSenderFor(topic, payload);
		UUID id = Ids.newId(this.clock);
		this.store.insert(id, topic, this.json.writeValueAsString(payload), this.clock.instant());
		if (this.deliverAfterCommit) {
			appendedInThisTransaction().add(new OutboxRelay.Appended(id, topic, payload));
		}
	}

	@SuppressWarnings("unchecked")
	private List<OutboxRelay.Appended> appendedInThisTransaction() {
		List<OutboxRelay.Appended> messages = (List<OutboxRelay.Appended>) TransactionSynchronizationManager
			.getResource(this);
		if (messages == null) {
			List<OutboxRelay.Appended> appended = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, appended);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					Outbox.this.relay.deliverCommitted(appended);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
				}

			});
			messages = appended;
		}
		return messages;
	}

}

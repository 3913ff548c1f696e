package shop.pricing.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import shop.common.util.Ids;

/**
 * Writes messages into the outbox as part of the caller's transaction, and hands them to
 * the {@link OutboxRelay} as soon as that transaction commits: the receiver sees the
 * change before the caller's request is answered, unless it is down, in which case the
 * relay keeps trying.
 */
@Component
public class Outbox {

	private final OutboxRepository repository;

	private final OutboxRelay relay;

	private final Clock clock;

	public Outbox(OutboxRepository repository, OutboxRelay relay, Clock clock) {
		this.repository = repository;
		this.relay = relay;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String topic, Map<String, Object> payload) {
		OutboxMessage message = this.repository
			.save(new OutboxMessage(Ids.newId(this.clock), topic, payload, this.clock.instant()));
		appendedInThisTransaction().add(message);
	}

	@SuppressWarnings("unchecked")
	private List<OutboxMessage> appendedInThisTransaction() {
		List<OutboxMessage> messages = (List<OutboxMessage>) TransactionSynchronizationManager.getResource(this);
		if (messages == null) {
			List<OutboxMessage> appended = new ArrayList<>();
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

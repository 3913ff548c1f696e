package shop.pricing.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import shop.pricing.PricingProperties;

/**
 * Delivers outbox messages to their receivers. Each delivery runs in its own transaction
 * that locks the messages it sends ({@code FOR UPDATE SKIP LOCKED}), so that several
 * instances never send the same message at the same time; a delivered message is deleted,
 * a failed one waits for its next attempt.
 */
@Component
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository repository;

	private final Map<String, OutboxSender> senders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final PricingProperties.Outbox settings;

	private final Executor cleanup;

	public OutboxRelay(OutboxRepository repository, List<OutboxSender> senders,
			PlatformTransactionManager transactionManager, Clock clock, PricingProperties properties,
			@Qualifier("applicationTaskExecutor") Executor cleanup) {
		this.repository = repository;
		this.senders = senders.stream().collect(Collectors.toMap(OutboxSender::topic, Function.identity()));
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.settings = properties.outbox();
		this.cleanup = cleanup;
	}

	/**
	 * Delivers messages whose transaction has just committed, on the committing thread,
	 * so that the receiver has them before the caller's request is answered. This runs
	 * while the committed transaction still holds its connection, so it sends without
	 * touching the database and leaves the deletion of what was delivered to another
	 * thread (a second connection taken here could starve the pool). What fails, or is
	 * not yet deleted when the relay runs, is sent again by the relay: receivers are
	 * idempotent.
	 */
	public void deliverCommitted(List<OutboxMessage> messages) {
		Map<String, List<OutboxMessage>> byTopic = byTopic(messages);
		List<UUID> delivered = new ArrayList<>();
		byTopic.forEach((topic, batch) -> {
			OutboxSender sender = this.senders.get(topic);
			try {
				if (sender == null) {
					throw new IllegalStateException("No sender for outbox topic " + topic);
				}
				sender.send(batch.stream().map(OutboxMessage::payload).toList());
				batch.forEach((message) -> delivered.add(message.id()));
			}
			catch (RuntimeException ex) {
				log.warn("Immediate delivery of {} outbox message(s) of {} failed, the relay will retry: {}",
						batch.size(), topic, describe(ex));
			}
		});
		if (!delivered.isEmpty()) {
			this.cleanup.execute(() -> this.repository.deleteAllByIdInBatch(delivered));
		}
	}

	/**
	 * Delivers every message that is due, batch by batch.
	 * @return the number of messages attempted
	 */
	@Scheduled(fixedDelayString = "${shop.pricing.outbox.relay-interval:5s}")
	public int relayDue() {
		int total = 0;
		int attempted;
		do {
			Integer count = this.transactions
				.execute((status) -> send(this.repository.lockDue(this.clock.instant(), this.settings.batchSize())));
			attempted = (count != null) ? count : 0;
			total += attempted;
		}
		while (attempted == this.settings.batchSize());
		return total;
	}

	private int send(List<OutboxMessage> messages) {
		Map<String, List<OutboxMessage>> byTopic = new LinkedHashMap<>();
		messages
			.forEach((message) -> byTopic.computeIfAbsent(message.topic(), (topic) -> new ArrayList<>()).add(message));
		byTopic.forEach((topic, batch) -> {
			OutboxSender sender = this.senders.get(topic);
			try {
				if (sender == null) {
					throw new IllegalStateException("No sender for outbox topic " + topic);
				}
				sender.send(batch.stream().map(OutboxMessage::payload).toList());
				this.repository.deleteAllInBatch(batch);
			}
			catch (RuntimeException ex) {
				Instant now = this.clock.instant();
				batch.forEach((message) -> message.deliveryFailed(describe(ex), now, this.settings.retryBackoff(),
						this.settings.maxBackoff()));
				log.warn("Delivery of {} outbox message(s) of {} failed, retrying later: {}", batch.size(), topic,
						describe(ex));
			}
		});
		return messages.size();
	}

	private static Map<String, List<OutboxMessage>> byTopic(List<OutboxMessage> messages) {
		Map<String, List<OutboxMessage>> byTopic = new LinkedHashMap<>();
		messages
			.forEach((message) -> byTopic.computeIfAbsent(message.topic(), (topic) -> new ArrayList<>()).add(message));
		return byTopic;
	}

	/**
	 * The innermost cause of a failure: circuit breakers wrap the answer that matters.
	 */
	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.toString();
	}

}

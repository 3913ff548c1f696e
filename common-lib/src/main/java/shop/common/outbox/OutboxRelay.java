package shop.common.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox messages to their receivers. Each run of the relay locks the messages
 * it sends ({@code FOR UPDATE SKIP LOCKED}) in a transaction of its own, so that several
 * instances never send the same message at the same time; a delivered message is deleted,
 * a failed one waits for its next attempt.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxStore store;

	private final Map<String, OutboxSender<?>> senders;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final OutboxProperties settings;

	private final Executor cleanup;

	private final LongAdder delivered = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private final AtomicLong pending = new AtomicLong();

	OutboxRelay(OutboxStore store, List<OutboxSender<?>> senders, PlatformTransactionManager transactionManager,
			JsonMapper json, Clock clock, OutboxProperties settings, Executor cleanup) {
		this.store = store;
		this.senders = new LinkedHashMap<>();
		for (OutboxSender<?> sender : senders) {
			if (this.senders.putIfAbsent(sender.topic(), sender) != null) {
				throw new IllegalStateException("Two outbox senders for the topic " + sender.topic());
			}
		}
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
		this.settings = settings;
		this.cleanup = cleanup;
	}

	void requireSenderFor(String topic, Object payload) {
		OutboxSender<?> sender = this.senders.get(topic);
		if (sender == null) {
			throw new IllegalArgumentException("No outbox sender for the topic " + topic);
		}
		if (!sender.payloadType().isInstance(payload)) {
			throw new IllegalArgumentException("The topic " + topic + " carries " + sender.payloadType().getName()
					+ ", not " + ((payload != null) ? payload.getClass().getName() : "null"));
		}
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
	void deliverCommitted(List<Appended> messages) {
		List<UUID> sent = new ArrayList<>();
		byTopic(messages, Appended::topic).forEach((topic, batch) -> {
			try {
				send(topic, batch.stream().map(Appended::payload).toList());
				batch.forEach((message) -> sent.add(message.id()));
				this.delivered.add(batch.size());
			}
			catch (RuntimeException ex) {
				log.warn("Immediate delivery of {} outbox message(s) of {} failed, the relay will retry: {}",
						batch.size(), topic, describe(ex));
			}
		});
		if (!sent.isEmpty()) {
			this.cleanup.execute(() -> this.store.delete(sent));
		}
	}

	/**
	 * Delivers every message that is due, batch by batch.
	 * @return the number of messages attempted
	 */
	@Scheduled(fixedDelayString = "${shop.outbox.relay-interval:5s}",
			initialDelayString = "${shop.outbox.relay-interval:5s}")
	public int relayDue() {
		int total = 0;
		int attempted;
		do {
			Integer count = this.transactions
				.execute((status) -> sendLocked(this.store.lockDue(this.clock.instant(), this.settings.batchSize())));
			attempted = (count != null) ? count : 0;
			total += attempted;
		}
		while (attempted == this.settings.batchSize());
		this.pending.set(this.store.count());
		return total;
	}

	private int sendLocked(List<OutboxMessage> messages) {
		byTopic(messages, OutboxMessage::topic).forEach((topic, batch) -> {
			List<UUID> ids = batch.stream().map(OutboxMessage::id).toList();
			try {
				send(topic, batch.stream().map(OutboxMessage::payload).map((payload) -> read(topic, payload)).toList());
				this.store.delete(ids);
				this.delivered.add(batch.size());
			}
			catch (RuntimeException ex) {
				this.store.deliveryFailed(ids, describe(ex), this.clock.instant(), this.settings.retryBackoff(),
						this.settings.maxBackoff());
				this.failed.add(batch.size());
				log.warn("Delivery of {} outbox message(s) of {} failed, retrying later: {}", batch.size(), topic,
						describe(ex));
			}
		});
		return messages.size();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void send(String topic, List<Object> payloads) {
		OutboxSender sender = this.senders.get(topic);
		if (sender == null) {
			throw new IllegalStateException("No outbox sender for the topic " + topic);
		}
		sender.send(payloads);
	}

	private Object read(String topic, String payload) {
		OutboxSender<?> sender = this.senders.get(topic);
		if (sender == null) {
			throw new IllegalStateException("No outbox sender for the topic " + topic);
		}
		return this.json.readValue(payload, sender.payloadType());
	}

	/**
	 * Messages delivered since start, right after commit or by the relay.
	 */
	long deliveredMessages() {
		return this.delivered.sum();
	}

	/**
	 * Failed delivery attempts of the relay since start (a message failing three times
	 * counts three times).
	 */
	long failedDeliveries() {
		return this.failed.sum();
	}

	/**
	 * Messages waiting in the outbox when the relay last finished.
	 */
	long pendingMessages() {
		return this.pending.get();
	}

	private static <M> Map<String, List<M>> byTopic(List<M> messages, Function<M, String> topic) {
		Map<String, List<M>> byTopic = new LinkedHashMap<>();
		messages.forEach(
				(message) -> byTopic.computeIfAbsent(topic.apply(message), (key) -> new ArrayList<>()).add(message));
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

	/**
	 * A message appended in a transaction that has not finished yet, with its payload
	 * still as an object.
	 */
	record Appended(UUID id, String topic, Object payload) {

	}

}

package shop.orders.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import shop.orders.Backoff;
import shop.orders.OrdersProperties;
import shop.orders.client.RealtimeClient;

/**
 * Sends the outbox to realtime-service: claims due events (leased, so several instances
 * share the work), posts each outside any transaction, then marks it sent or schedules a
 * retry with backoff; after {@code maxAttempts} an event is given up. realtime-service
 * drops duplicates by {@code eventId}, so an event sent twice after a crash is harmless.
 */
@Component
public class OrderEventRelay {

	private static final Logger log = LoggerFactory.getLogger(OrderEventRelay.class);

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final int MAX_ROUNDS = 10;

	private final OrderEventRepository events;

	private final RealtimeClient realtime;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final OrdersProperties.Events settings;

	private final Backoff backoff;

	OrderEventRelay(OrderEventRepository events, RealtimeClient realtime, TransactionTemplate transactions, Clock clock,
			OrdersProperties properties) {
		this.events = events;
		this.realtime = realtime;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = properties.events();
		this.backoff = new Backoff(this.settings.initialBackoff(), this.settings.maxBackoff());
	}

	/**
	 * Sends the due events: round after round (each order's next event becomes due once
	 * the one before it is sent) until nothing is left to send.
	 * @return how many were sent
	 */
	public int runOnce() {
		int sent = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<OrderEvent> due;
			try {
				due = claim();
			}
			catch (RuntimeException ex) {
				log.warn("Could not claim order events: {}", ex.getMessage());
				return sent;
			}
			int sentNow = 0;
			for (OrderEvent event : due) {
				if (publish(event)) {
					sentNow++;
				}
			}
			sent += sentNow;
			if (sentNow == 0) {
				return sent;
			}
		}
		return sent;
	}

	private boolean publish(OrderEvent event) {
		String error = send(event);
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> this.events.findById(event.seq()).ifPresent((stored) -> {
			if (error == null) {
				stored.published(now);
				return;
			}
			stored.failed(error, this.backoff.delay(stored.attempts() + 1), this.settings.maxAttempts(), now);
			if (stored.isAbandoned()) {
				log.warn("Gave up publishing {} of order {} after {} attempts: {}", stored.status(), stored.orderId(),
						stored.attempts(), error);
			}
		}));
		return error == null;
	}

	private List<OrderEvent> claim() {
		Instant now = this.clock.instant();
		return this.transactions.execute((status) -> {
			List<Long> seqs = this.events.lockDue(now, this.settings.batchSize());
			if (seqs.isEmpty()) {
				return List.<OrderEvent>of();
			}
			this.events.lease(seqs, now.plus(LEASE));
			return this.events.findBySeqInOrderBySeq(seqs);
		});
	}

	private String send(OrderEvent event) {
		try {
			this.realtime.publish(event.toMessage());
			return null;
		}
		catch (RuntimeException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

}

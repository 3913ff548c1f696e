package shop.logs.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;
import shop.logs.LogProperties;
import shop.logs.event.LogEvent;

/**
 * Gathers accepted events into objects of at most {@code max-events-per-object} events
 * per service and hour. A full object is written at once; a partial one once its oldest
 * event has waited the flush interval, and every partial one when the application stops
 * (after the web server, so that no event accepted before is left behind). An object the
 * store cannot take now is kept and retried. When too much waits, new batches are refused
 * with 503 and the shippers keep them until log-service catches up.
 */
@Component
class LogBatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LogBatcher.class);

	/**
	 * Stops after the web server has stopped taking requests.
	 */
	static final int PHASE = Integer.MIN_VALUE + 1000;

	private static final int SHUTDOWN_ATTEMPTS = 3;

	private final LogObjectWriter writer;

	private final LogProperties properties;

	private final Map<Partition, Pending> pending = new LinkedHashMap<>();

	private final Deque<Batch> retries = new ArrayDeque<>();

	private int buffered;

	private boolean running;

	LogBatcher(LogObjectWriter writer, LogProperties properties) {
		this.writer = writer;
		this.properties = properties;
	}

	/**
	 * Takes a whole validated batch, or none of it.
	 * @throws ShopException 503 while too many events wait to be stored or while stopping
	 */
	void accept(List<LogEvent> events) {
		List<Batch> full = new ArrayList<>();
		synchronized (this) {
			if (!this.running) {
				throw unavailable("log-service is stopping");
			}
			if (this.buffered + events.size() > this.properties.maxBufferedEvents()) {
				throw unavailable("Too many log events wait to be stored; send them again later");
			}
			long now = System.nanoTime();
			for (LogEvent event : events) {
				Partition partition = Partition.of(event);
				Pending target = this.pending.computeIfAbsent(partition, (key) -> new Pending(now));
				target.events.add(event);
				this.buffered++;
				if (target.events.size() >= this.properties.maxEventsPerObject()) {
					this.pending.remove(partition);
					full.add(new Batch(partition, target.events));
				}
			}
		}
		full.forEach(this::write);
	}

	/**
	 * Writes the partial objects that have waited long enough, and retries failed ones.
	 */
	@Scheduled(fixedDelayString = "${shop.logs.flush-check-interval:250ms}")
	void flushDue() {
		long now = System.nanoTime();
		long interval = this.properties.flushInterval().toNanos();
		List<Batch> due = new ArrayList<>();
		synchronized (this) {
			due.addAll(this.retries);
			this.retries.clear();
			Iterator<Map.Entry<Partition, Pending>> entries = this.pending.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<Partition, Pending> entry = entries.next();
				if (now - entry.getValue().since >= interval) {
					entries.remove();
					due.add(new Batch(entry.getKey(), entry.getValue().events));
				}
			}
		}
		due.forEach(this::write);
	}

	/**
	 * Events accepted but not yet stored.
	 */
	synchronized int buffered() {
		return this.buffered;
	}

	private void write(Batch batch) {
		try {
			this.writer.write(batch.partition(), batch.events());
			synchronized (this) {
				this.buffered -= batch.events().size();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not store {} log events of {}, will retry: {}", batch.events().size(),
					batch.partition().service(), ex.getMessage());
			synchronized (this) {
				this.retries.add(batch);
			}
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
	}

	/**
	 * Writes everything still waiting; an object the store refuses is tried again a few
	 * times before it is given up (and said so).
	 */
	@Override
	public void stop() {
		List<Batch> remaining = new ArrayList<>();
		synchronized (this) {
			this.running = false;
			remaining.addAll(this.retries);
			this.retries.clear();
			this.pending.forEach((partition, waiting) -> remaining.add(new Batch(partition, waiting.events)));
			this.pending.clear();
		}
		for (Batch batch : remaining) {
			for (int attempt = 1; attempt <= SHUTDOWN_ATTEMPTS; attempt++) {
				try {
					this.writer.write(batch.partition(), batch.events());
					synchronized (this) {
						this.buffered -= batch.events().size();
					}
					break;
				}
				catch (RuntimeException ex) {
					if (attempt == SHUTDOWN_ATTEMPTS) {
						log.error("Lost {} log events of {} at shutdown: the store refused them: {}",
								batch.events().size(), batch.partition().service(), ex.getMessage());
					}
				}
			}
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private static ShopException unavailable(String detail) {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", detail);
	}

	private static final class Pending {

		private final long since;

		private final List<LogEvent> events = new ArrayList<>();

		private Pending(long since) {
			this.since = since;
		}

	}

	private record Batch(Partition partition, List<LogEvent> events) {

	}

}

package shop.common.logging;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ships log events to log-service without ever making the logging thread wait.
 * <p>
 * {@link #append} only captures the event (MDC included) and offers it to a bounded
 * in-memory buffer; when the buffer is full the event is dropped and counted
 * ({@link #droppedEvents()}). One background thread takes batches from the buffer and
 * posts them to log-service. A batch log-service cannot take now goes to a bounded spool
 * on disk, retried with exponential backoff, oldest first (and while the spool is not
 * empty newer batches queue behind it, so events arrive in order). On {@link #stop()} the
 * thread delivers everything buffered within the shutdown timeout and spools what it
 * could not: an accepted event is delivered or on disk, never silently lost. Events of
 * the shipper itself and of the JDK's HTTP client are never shipped, so shipping cannot
 * feed itself.
 */
public class LogShippingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final List<String> OWN_LOGGERS = List.of("shop.common.logging", "jdk.internal.httpclient",
			"java.net.http");

	private final String service;

	private final LogShippingProperties properties;

	private final Level minimumLevel;

	private final BlockingQueue<LogEvent> buffer;

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicLong delivered = new AtomicLong();

	private final LogSender sender;

	private final LogSpool spool;

	private volatile boolean stopping;

	private Thread worker;

	private long nextRetryAt;

	private Duration backoff;

	public LogShippingAppender(String service, LogShippingProperties properties) {
		this.service = service;
		this.properties = properties;
		this.minimumLevel = Level.toLevel(properties.minimumLevel(), Level.INFO);
		this.buffer = new ArrayBlockingQueue<>(properties.bufferSize());
		this.sender = new LogSender(properties.url(), properties.apiKey(), properties.timeout());
		this.spool = new LogSpool(Path.of(properties.spoolDirectory()).resolve(service),
				properties.spoolMaxSize().toBytes());
		this.backoff = properties.retryInterval();
		setName("SHOP_LOG_SHIPPING");
	}

	@Override
	public void start() {
		if (isStarted()) {
			return;
		}
		this.stopping = false;
		this.worker = Thread.ofPlatform().name("log-shipper-" + this.service).daemon(true).unstarted(this::run);
		super.start();
		this.worker.start();
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(this.minimumLevel) || isOwn(event.getLoggerName())) {
			return;
		}
		if (!this.buffer.offer(LogEvent.of(event, this.service))) {
			this.dropped.incrementAndGet();
		}
	}

	/**
	 * Stops accepting events, delivers what is buffered (spooling what log-service does
	 * not take within the shutdown timeout) and returns once every accepted event is
	 * delivered or on disk.
	 */
	@Override
	public void stop() {
		if (!isStarted()) {
			return;
		}
		super.stop();
		this.stopping = true;
		Thread thread = this.worker;
		if (thread != null) {
			// not interrupted: a batch in flight finishes; an idle worker wakes within
			// the
			// flush interval
			try {
				thread.join(this.properties.shutdownTimeout().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		spoolRemaining();
	}

	/**
	 * Events dropped because the buffer or the spool was full, or log-service refused
	 * their batch for good.
	 */
	public long droppedEvents() {
		return this.dropped.get();
	}

	/**
	 * Events log-service has accepted.
	 */
	public long deliveredEvents() {
		return this.delivered.get();
	}

	/**
	 * Events waiting in memory.
	 */
	public int bufferedEvents() {
		return this.buffer.size();
	}

	/**
	 * Bytes of batches waiting on disk.
	 */
	public long spooledBytes() {
		return this.spool.bytes();
	}

	private void run() {
		while (!this.stopping) {
			try {
				List<LogEvent> batch = nextBatch();
				if (!batch.isEmpty()) {
					deliver(batch);
				}
				retrySpoolWhenDue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				addError("Log shipping failed", ex);
			}
		}
		drainOnShutdown();
	}

	private List<LogEvent> nextBatch() throws InterruptedException {
		List<LogEvent> batch = new ArrayList<>();
		long flushNanos = this.properties.flushInterval().toNanos();
		LogEvent first = this.buffer.poll(flushNanos, TimeUnit.NANOSECONDS);
		if (first == null) {
			return batch;
		}
		batch.add(first);
		long deadline = System.nanoTime() + flushNanos;
		int size = this.properties.batchSize();
		while (batch.size() < size && !this.stopping) {
			this.buffer.drainTo(batch, size - batch.size());
			long left = deadline - System.nanoTime();
			if (batch.size() >= size || left <= 0) {
				break;
			}
			LogEvent next = this.buffer.poll(left, TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			batch.add(next);
		}
		return batch;
	}

	private void deliver(List<LogEvent> batch) {
		byte[] body = serialize(batch);
		if (!this.spool.isEmpty()) {
			// older batches wait on disk: this one queues behind them
			spool(body, batch.size());
			return;
		}
		LogSender.Outcome outcome = this.sender.send(body);
		switch (outcome) {
			case DELIVERED -> this.delivered.addAndGet(batch.size());
			case REJECTED -> reject(batch.size());
			case RETRY -> {
				spool(body, batch.size());
				scheduleRetry();
			}
		}
	}

	private void retrySpoolWhenDue() {
		if (!this.spool.isEmpty() && System.nanoTime() - this.nextRetryAt >= 0) {
			retrySpool();
		}
	}

	private void retrySpool() {
		for (Path file : this.spool.files()) {
			int events = LogSpool.events(file);
			byte[] body;
			try {
				body = this.spool.read(file);
			}
			catch (IOException ex) {
				continue;
			}
			LogSender.Outcome outcome = this.sender.send(body);
			if (outcome == LogSender.Outcome.RETRY) {
				scheduleRetry();
				return;
			}
			this.spool.remove(file);
			if (outcome == LogSender.Outcome.DELIVERED) {
				this.delivered.addAndGet(events);
			}
			else {
				reject(events);
			}
		}
		this.backoff = this.properties.retryInterval();
	}

	private void scheduleRetry() {
		this.nextRetryAt = System.nanoTime() + this.backoff.toNanos();
		Duration doubled = this.backoff.multipliedBy(2);
		this.backoff = (doubled.compareTo(this.properties.maxRetryInterval()) > 0) ? this.properties.maxRetryInterval()
				: doubled;
	}

	private void drainOnShutdown() {
		boolean reachable = true;
		while (!this.buffer.isEmpty()) {
			List<LogEvent> batch = new ArrayList<>();
			this.buffer.drainTo(batch, this.properties.batchSize());
			byte[] body = serialize(batch);
			LogSender.Outcome outcome = reachable ? this.sender.send(body) : LogSender.Outcome.RETRY;
			switch (outcome) {
				case DELIVERED -> this.delivered.addAndGet(batch.size());
				case REJECTED -> reject(batch.size());
				case RETRY -> {
					reachable = false;
					spool(body, batch.size());
				}
			}
		}
	}

	/**
	 * Whatever the worker could not take before the shutdown timeout goes to disk.
	 */
	private void spoolRemaining() {
		while (!this.buffer.isEmpty()) {
			List<LogEvent> batch = new ArrayList<>();
			this.buffer.drainTo(batch, this.properties.batchSize());
			if (!batch.isEmpty()) {
				spool(serialize(batch), batch.size());
			}
		}
	}

	private void spool(byte[] body, int events) {
		if (!this.spool.add(body, events)) {
			this.dropped.addAndGet(events);
		}
	}

	private void reject(int events) {
		this.dropped.addAndGet(events);
		addWarn("log-service refused a batch of " + events + " events at " + this.sender.endpoint());
	}

	private static byte[] serialize(List<LogEvent> batch) {
		return MAPPER.writeValueAsBytes(Map.of("events", batch));
	}

	private static boolean isOwn(String logger) {
		for (String own : OWN_LOGGERS) {
			if (logger.startsWith(own)) {
				return true;
			}
		}
		return false;
	}

}

package shop.common.logging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LogShippingAppenderTests {

	@TempDir
	Path spool;

	private final List<AutoCloseable> cleanup = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.cleanup.reversed()) {
			closeable.close();
		}
	}

	@Test
	void shipsEventsInBatchesWithTheFieldsOfTheDesignAndTheRequestContext() {
		StubLogService logService = stub(StubLogService.start());
		LogShippingAppender appender = appender(logService.url(), 100, 1000, 10_000_000);
		Logger logger = logger(appender);
		MDC.put("requestId", "req-1");
		MDC.put("traceId", "trace-1");
		MDC.put("userId", "user-1");
		try {
			logger.info("order {} confirmed", "o-1");
		}
		finally {
			MDC.clear();
		}
		logger.warn("no context", new IllegalStateException("boom"));
		logger.debug("below the minimum level");

		await().atMost(Duration.ofSeconds(10)).until(() -> logService.events().size() == 2);
		Map<String, Object> first = logService.events().get(0);
		assertThat(first).containsEntry("service", "test-service")
			.containsEntry("level", "INFO")
			.containsEntry("logger", logger.getName())
			.containsEntry("message", "order o-1 confirmed")
			.containsEntry("requestId", "req-1")
			.containsEntry("traceId", "trace-1")
			.containsEntry("userId", "user-1")
			.containsKey("timestamp");
		Map<String, Object> second = logService.events().get(1);
		assertThat(second).containsEntry("level", "WARN").doesNotContainKey("requestId");
		assertThat((String) second.get("exception")).contains("IllegalStateException: boom");
		assertThat(appender.deliveredEvents()).isEqualTo(2);
		assertThat(appender.droppedEvents()).isZero();
	}

	@Test
	void keepsEventsWhileLogServiceIsDownAndDeliversThemWhenItReturns() {
		StubLogService logService = stub(StubLogService.start());
		logService.failWith(503);
		LogShippingAppender appender = appender(logService.url(), 10, 1000, 10_000_000);
		Logger logger = logger(appender);
		IntStream.range(0, 35).forEach((i) -> logger.info("event {}", i));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> appender.spooledBytes() > 0 && appender.bufferedEvents() == 0);
		assertThat(logService.events()).isEmpty();
		assertThat(appender.droppedEvents()).isZero();

		logService.recover();
		await().atMost(Duration.ofSeconds(15)).until(() -> logService.events().size() == 35);
		assertThat(logService.messages()).containsExactlyElementsOf(expected(35));
		await().atMost(Duration.ofSeconds(5)).until(() -> appender.spooledBytes() == 0);
		assertThat(appender.droppedEvents()).isZero();
	}

	@Test
	void deliversEveryAcceptedEventOnACleanShutdown() {
		StubLogService logService = stub(StubLogService.start());
		LogShippingAppender appender = appender(logService.url(), 100, 5000, 10_000_000);
		Logger logger = logger(appender);
		IntStream.range(0, 3000).forEach((i) -> logger.info("event {}", i));

		appender.stop();

		assertThat(appender.droppedEvents()).isZero();
		assertThat(logService.messages()).hasSize(3000).containsExactlyInAnyOrderElementsOf(expected(3000));
		assertThat(spooledFiles()).isEmpty();
	}

	@Test
	void spoolsWhatLogServiceCannotTakeAtShutdownAndTheNextRunDeliversIt() {
		StubLogService down = StubLogService.start();
		int port = down.port();
		down.close();
		LogShippingAppender first = appender("http://127.0.0.1:" + port, 50, 1000, 10_000_000);
		Logger logger = logger(first);
		IntStream.range(0, 120).forEach((i) -> logger.info("event {}", i));

		first.stop();

		assertThat(first.droppedEvents()).isZero();
		assertThat(spooledFiles()).isNotEmpty();

		StubLogService logService = stub(StubLogService.start());
		LogShippingAppender second = appender(logService.url(), 50, 1000, 10_000_000);
		await().atMost(Duration.ofSeconds(15)).until(() -> logService.events().size() == 120);
		assertThat(logService.messages()).containsExactlyInAnyOrderElementsOf(expected(120));
		assertThat(second.droppedEvents()).isZero();
		await().atMost(Duration.ofSeconds(5)).until(() -> spooledFiles().isEmpty());
	}

	@Test
	void neverBlocksTheLoggingThreadAndCountsWhatItDropsWhenTheBufferIsFull() {
		StubLogService logService = stub(StubLogService.start());
		logService.holdRequests();
		LogShippingAppender appender = appender(logService.url(), 5, 5, 10_000_000);
		Logger logger = logger(appender);

		long started = System.nanoTime();
		IntStream.range(0, 500).forEach((i) -> logger.info("event {}", i));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(Duration.ofSeconds(2));
		assertThat(appender.droppedEvents()).isGreaterThan(0);
		logService.releaseRequests();
		appender.stop();
		assertThat(logService.events().size() + appender.droppedEvents()).isEqualTo(500);
	}

	@Test
	void dropsAndCountsBatchesOnlyWhenTheSpoolIsFull() {
		StubLogService logService = stub(StubLogService.start());
		logService.failWith(503);
		LogShippingAppender appender = appender(logService.url(), 2, 1000, 2_000);
		Logger logger = logger(appender);
		IntStream.range(0, 200).forEach((i) -> logger.info("a rather long message to fill the spool, number {}", i));

		await().atMost(Duration.ofSeconds(10)).until(() -> appender.bufferedEvents() == 0);
		appender.stop();

		assertThat(appender.droppedEvents()).isGreaterThan(0).isLessThan(200);
		assertThat(appender.spooledBytes()).isLessThanOrEqualTo(2_000).isGreaterThan(0);
		assertThat(logService.events()).isEmpty();
	}

	@Test
	void neverShipsTheEventsOfTheShipperItself() {
		StubLogService logService = stub(StubLogService.start());
		LogShippingAppender appender = appender(logService.url(), 100, 1000, 10_000_000);
		Logger own = logger(appender, "shop.common.logging.Something");
		Logger http = logger(appender, "jdk.internal.httpclient.debug");
		Logger other = logger(appender, "shop.orders.Order" + UUID.randomUUID());
		own.warn("own");
		http.warn("http client");
		other.info("shipped");

		appender.stop();

		assertThat(logService.messages()).containsExactly("shipped");
	}

	private List<String> expected(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "event " + i).toList();
	}

	private List<Path> spooledFiles() {
		Path directory = this.spool.resolve("test-service");
		if (!Files.exists(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private StubLogService stub(StubLogService stub) {
		this.cleanup.add(stub);
		return stub;
	}

	private LogShippingAppender appender(String url, int batchSize, int bufferSize, long spoolBytes) {
		LogShippingProperties properties = new LogShippingProperties(true, url, StubLogService.API_KEY, "log-service",
				"INFO", batchSize, bufferSize, Duration.ofMillis(200), this.spool.toString(),
				DataSize.ofBytes(spoolBytes), Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(2),
				Duration.ofSeconds(20));
		LogShippingAppender appender = new LogShippingAppender("test-service", properties);
		appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
		appender.start();
		this.cleanup.add(appender::stop);
		return appender;
	}

	private Logger logger(LogShippingAppender appender) {
		return logger(appender, "shop.test.shipping." + UUID.randomUUID());
	}

	private Logger logger(LogShippingAppender appender, String name) {
		Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(name);
		logger.setAdditive(false);
		logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
		logger.addAppender(appender);
		this.cleanup.add(() -> logger.detachAppender(appender));
		return logger;
	}

}

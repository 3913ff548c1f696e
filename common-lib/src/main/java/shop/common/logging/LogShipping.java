package shop.common.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Attaches the {@link LogShippingAppender} to the root logger while the application runs.
 * It starts before anything else and stops after everything else (the web server's
 * graceful shutdown included), so the events of the last requests are shipped too.
 */
public class LogShipping implements SmartLifecycle {

	/**
	 * Starts first and stops last.
	 */
	static final int PHASE = Integer.MIN_VALUE + 100;

	private final LogShippingAppender appender;

	private volatile boolean running;

	public LogShipping(LogShippingAppender appender) {
		this.appender = appender;
	}

	@Override
	public void start() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		this.appender.setContext(context);
		this.appender.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this.appender);
		this.running = true;
	}

	@Override
	public void stop() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
		}
		this.appender.stop();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	public LogShippingAppender appender() {
		return this.appender;
	}

}

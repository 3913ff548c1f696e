package shop.common.logging;

import java.util.Map;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.fasterxml.jackson.annotation.JsonInclude;

import shop.common.request.RequestIds;

/**
 * One log event as log-service receives it (DESIGN §7).
 *
 * @param timestamp when it happened, ISO-8601 UTC
 * @param service the emitting service's name
 * @param level {@code TRACE} to {@code ERROR}
 * @param logger the logger's name
 * @param message the formatted message
 * @param requestId the request id of the MDC, if any
 * @param traceId the trace id of the MDC, if any
 * @param userId the end user's id of the MDC, if any
 * @param exception the stack trace of an attached throwable, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEvent(String timestamp, String service, String level, String logger, String message, String requestId,
		String traceId, String userId, String exception) {

	static final int MAX_MESSAGE_CHARS = 8_192;

	static final int MAX_EXCEPTION_CHARS = 16_384;

	/**
	 * Captures a Logback event on the thread that logged it, MDC included.
	 */
	public static LogEvent of(ILoggingEvent event, String service) {
		Map<String, String> mdc = event.getMDCPropertyMap();
		IThrowableProxy throwable = event.getThrowableProxy();
		return new LogEvent(event.getInstant().toString(), service, event.getLevel().toString(), event.getLoggerName(),
				truncate(event.getFormattedMessage(), MAX_MESSAGE_CHARS), mdc.get(RequestIds.MDC_REQUEST_ID),
				mdc.get(RequestIds.MDC_TRACE_ID), mdc.get(RequestIds.MDC_USER_ID),
				(throwable != null) ? truncate(ThrowableProxyUtil.asString(throwable), MAX_EXCEPTION_CHARS) : null);
	}

	private static String truncate(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		return value.substring(0, max) + "...";
	}

}

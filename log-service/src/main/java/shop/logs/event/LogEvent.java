package shop.logs.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One log event (DESIGN §7).
 *
 * @param timestamp when it happened
 * @param service the service that logged it
 * @param level {@code TRACE}, {@code DEBUG}, {@code INFO}, {@code WARN} or {@code ERROR}
 * @param logger the logger's name
 * @param message the message
 * @param requestId the request id, if any
 * @param traceId the trace id, if any
 * @param userId the end user's id, if any
 * @param exception the stack trace, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEvent(Instant timestamp, String service, String level, String logger, String message, String requestId,
		String traceId, String userId, String exception) {

}

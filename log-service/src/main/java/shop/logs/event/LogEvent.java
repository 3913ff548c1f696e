package shop.logs.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

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
public record LogEvent(@Schema(example = "2026-03-14T09:26:53.120Z") Instant timestamp,
		@Schema(example = "orders-service") String service, @Schema(allowableValues = {
				"TRACE", "DEBUG", "INFO", "WARN", "ERROR" }, example = "WARN") String level,
		@Schema(example = "shop.orders.saga.CheckoutSaga") String logger,
		@Schema(example = "Payment capture failed, retrying in 2s") String message,
		@Schema(example = "0b6e4c1e-8f4e-4b43-9f59-2a4f3c8e9d10") String requestId,
		@Schema(example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
		@Schema(example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") String userId,
		@Schema(description = "The stack trace, when one was logged") String exception){

}

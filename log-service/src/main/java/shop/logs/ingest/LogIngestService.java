package shop.logs.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import shop.common.web.FieldError;
import shop.common.web.ValidationException;
import shop.logs.event.LogEvent;

/**
 * Checks a batch whole before any of it is kept: a batch with one bad event is refused
 * entirely, with every problem listed.
 */
@Service
public class LogIngestService {

	public static final int MAX_EVENTS_PER_BATCH = 1000;

	static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

	private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private static final int MAX_MESSAGE = 32_768;

	private static final int MAX_LOGGER = 512;

	private static final int MAX_EXCEPTION = 65_536;

	private final LogBatcher batcher;

	LogIngestService(LogBatcher batcher) {
		this.batcher = batcher;
	}

	/**
	 * Validates and accepts a batch.
	 * @return how many events were accepted
	 * @throws ValidationException listing every invalid field; nothing is kept
	 */
	public int ingest(List<IncomingEvent> incoming) {
		List<FieldError> errors = new ArrayList<>();
		if (incoming == null || incoming.isEmpty()) {
			throw ValidationException.of("events", "must hold between 1 and " + MAX_EVENTS_PER_BATCH + " events");
		}
		if (incoming.size() > MAX_EVENTS_PER_BATCH) {
			throw ValidationException.of("events", "must hold between 1 and " + MAX_EVENTS_PER_BATCH + " events");
		}
		List<LogEvent> events = new ArrayList<>(incoming.size());
		for (int i = 0; i < incoming.size(); i++) {
			LogEvent event = validate("events[" + i + "]", incoming.get(i), errors);
			if (event != null) {
				events.add(event);
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		this.batcher.accept(events);
		return events.size();
	}

	private static LogEvent validate(String path, IncomingEvent event, List<FieldError> errors) {
		if (event == null) {
			errors.add(new FieldError(path, "must be an event"));
			return null;
		}
		int before = errors.size();
		Instant timestamp = null;
		if (event.timestamp() == null) {
			errors.add(new FieldError(path + ".timestamp", "must not be null"));
		}
		else {
			try {
				timestamp = Instant.parse(event.timestamp());
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError(path + ".timestamp", "must be an ISO-8601 instant"));
			}
		}
		if (event.service() == null || !SERVICE.matcher(event.service()).matches()) {
			errors.add(new FieldError(path + ".service", "must be a service name (lower case, digits, . _ -)"));
		}
		String level = (event.level() != null) ? event.level().toUpperCase(Locale.ROOT) : null;
		if (level == null || !LEVELS.contains(level)) {
			errors.add(new FieldError(path + ".level", "must be one of " + String.join(", ", LEVELS)));
		}
		if (event.message() == null) {
			errors.add(new FieldError(path + ".message", "must not be null"));
		}
		else if (event.message().length() > MAX_MESSAGE) {
			errors.add(new FieldError(path + ".message", "must be at most " + MAX_MESSAGE + " characters"));
		}
		if (event.logger() != null && event.logger().length() > MAX_LOGGER) {
			errors.add(new FieldError(path + ".logger", "must be at most " + MAX_LOGGER + " characters"));
		}
		if (event.exception() != null && event.exception().length() > MAX_EXCEPTION) {
			errors.add(new FieldError(path + ".exception", "must be at most " + MAX_EXCEPTION + " characters"));
		}
		checkId(path + ".requestId", event.requestId(), errors);
		checkId(path + ".traceId", event.traceId(), errors);
		checkId(path + ".userId", event.userId(), errors);
		if (errors.size() > before) {
			return null;
		}
		return new LogEvent(timestamp, event.service(), level, event.logger(), event.message(), event.requestId(),
				event.traceId(), event.userId(), event.exception());
	}

	private static void checkId(String field, String value, List<FieldError> errors) {
		if (value != null && !ID.matcher(value).matches()) {
			errors.add(new FieldError(field, "must be 1 to 128 letters, digits or . _ : -"));
		}
	}

	/**
	 * An event as a shipper sends it, before validation.
	 *
	 * @param timestamp ISO-8601 instant
	 * @param service the emitting service
	 * @param level the level
	 * @param logger the logger
	 * @param message the message
	 * @param requestId the request id
	 * @param traceId the trace id
	 * @param userId the user id
	 * @param exception the stack trace
	 */
	public record IncomingEvent(String timestamp, String service, String level, String logger, String message,
			String requestId, String traceId, String userId, String exception) {

	}

}

package shop.logs.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import shop.logs.event.LogEvent;
import shop.logs.index.LogObject;

/**
 * What an admin looks for; every criterion is optional.
 *
 * @param service events of this service
 * @param level events of this level
 * @param from events at or after
 * @param to events at or before
 * @param text events whose message or exception contains this text, ignoring case
 * @param traceId events of this trace
 */
public record LogSearch(String service, String level, Instant from, Instant to, String text, String traceId) {

	public LogSearch {
		service = blankToNull(service);
		level = (blankToNull(level) != null) ? level.trim().toUpperCase(Locale.ROOT) : null;
		text = blankToNull(text);
		traceId = blankToNull(traceId);
	}

	/**
	 * The words of the text, each of which must be part of a word of a matching object.
	 */
	List<String> words() {
		return LogObject.words(this.text).toList();
	}

	boolean matches(LogEvent event) {
		return (this.service == null || this.service.equals(event.service()))
				&& (this.level == null || this.level.equals(event.level()))
				&& (this.from == null || !event.timestamp().isBefore(this.from))
				&& (this.to == null || !event.timestamp().isAfter(this.to))
				&& (this.traceId == null || this.traceId.equals(event.traceId()))
				&& (this.text == null || contains(event.message()) || contains(event.exception()));
	}

	private boolean contains(String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(this.text.toLowerCase(Locale.ROOT));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

package shop.logs.index;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import shop.common.util.Ids;
import shop.logs.event.LogEvent;

/**
 * The index entry of one stored log object: what a search needs to know to decide whether
 * the object can hold a matching event, without reading it.
 */
@Entity
@Table(name = "log_objects")
public class LogObject {

	/**
	 * Runs of letters and digits: the words a text search narrows objects by.
	 */
	public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	static final int MAX_WORD_LENGTH = 64;

	@Id
	private UUID id;

	@Column(name = "object_key", nullable = false, updatable = false)
	private String objectKey;

	@Column(name = "first_event", nullable = false, updatable = false)
	private Instant firstEvent;

	@Column(name = "last_event", nullable = false, updatable = false)
	private Instant lastEvent;

	@Column(name = "event_count", nullable = false, updatable = false)
	private int eventCount;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private String[] services;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private String[] levels;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "trace_ids", nullable = false, updatable = false)
	private String[] traceIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "request_ids", nullable = false, updatable = false)
	private String[] requestIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "user_ids", nullable = false, updatable = false)
	private String[] userIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private String[] words;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected LogObject() {
	}

	/**
	 * The index entry of an object holding these events (at least one).
	 */
	public static LogObject describe(String objectKey, List<LogEvent> events, Instant now) {
		if (events.isEmpty()) {
			throw new IllegalArgumentException("A log object holds at least one event");
		}
		LogObject object = new LogObject();
		object.id = Ids.newId();
		object.objectKey = objectKey;
		object.firstEvent = events.stream().map(LogEvent::timestamp).min(Comparator.naturalOrder()).orElseThrow();
		object.lastEvent = events.stream().map(LogEvent::timestamp).max(Comparator.naturalOrder()).orElseThrow();
		object.eventCount = events.size();
		object.services = distinct(events.stream().map(LogEvent::service));
		object.levels = distinct(events.stream().map(LogEvent::level));
		object.traceIds = distinct(events.stream().map(LogEvent::traceId));
		object.requestIds = distinct(events.stream().map(LogEvent::requestId));
		object.userIds = distinct(events.stream().map(LogEvent::userId));
		object.words = distinct(
				events.stream().flatMap((event) -> Stream.concat(words(event.message()), words(event.exception()))));
		object.createdAt = now;
		return object;
	}

	/**
	 * The lower-case words of a text, as the index keeps them.
	 */
	public static Stream<String> words(String text) {
		if (text == null) {
			return Stream.empty();
		}
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		Stream.Builder<String> words = Stream.builder();
		while (matcher.find()) {
			String word = matcher.group();
			words.add((word.length() > MAX_WORD_LENGTH) ? word.substring(0, MAX_WORD_LENGTH) : word);
		}
		return words.build();
	}

	private static String[] distinct(Stream<String> values) {
		return values.filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
			.toArray(String[]::new);
	}

	public UUID id() {
		return this.id;
	}

	public String objectKey() {
		return this.objectKey;
	}

	public Instant firstEvent() {
		return this.firstEvent;
	}

	public Instant lastEvent() {
		return this.lastEvent;
	}

	public int eventCount() {
		return this.eventCount;
	}

	public List<String> services() {
		return List.of(this.services);
	}

	public List<String> levels() {
		return List.of(this.levels);
	}

	public List<String> traceIds() {
		return List.of(this.traceIds);
	}

}

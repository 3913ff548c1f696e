package shop.common.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox table of a service, through JDBC, so that it joins whatever transaction (JPA
 * or plain JDBC) the caller runs on the same data source. Every service's table has this
 * shape:
 *
 * <pre>
 * create table outbox (
 *     id               uuid primary key,
 *     topic            varchar(64)  not null,
 *     payload          jsonb        not null,
 *     created_at       timestamptz  not null,
 *     attempts         integer      not null default 0,
 *     next_attempt_at  timestamptz  not null,
 *     last_error       text
 * );
 * create index outbox_due_idx on outbox (next_attempt_at, created_at);
 * </pre>
 */
public class OutboxStore {

	private static final int MAX_ERROR_LENGTH = 500;

	private final JdbcClient jdbc;

	private final String table;

	OutboxStore(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	void insert(UUID id, String topic, String payload, Instant createdAt) {
		this.jdbc
			.sql("insert into " + this.table + " (id, topic, payload, created_at, attempts, next_attempt_at)"
					+ " values (:id, :topic, cast(:payload as jsonb), :createdAt, 0, :createdAt)")
			.param("id", id)
			.param("topic", topic)
			.param("payload", payload)
			.param("createdAt", timestamp(createdAt))
			.update();
	}

	/**
	 * Locks the oldest messages due for an attempt, skipping those another relay holds;
	 * the locks last until the caller's transaction ends.
	 */
	List<OutboxMessage> lockDue(Instant now, int limit) {
		return this.jdbc
			.sql("select " + columns() + " from " + this.table
					+ " where next_attempt_at <= :now order by created_at, id limit :limit for update skip locked")
			.param("now", timestamp(now))
			.param("limit", limit)
			.query(OutboxStore::message)
			.list();
	}

	void delete(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("delete from " + this.table + " where id in (:ids)").param("ids", ids).update();
		}
	}

	/**
	 * Records a failed delivery of messages and schedules their next attempt, the wait
	 * doubling with every failure of a message, from {@code backoff} up to
	 * {@code maxBackoff}.
	 */
	void deliveryFailed(Collection<UUID> ids, String error, Instant now, Duration backoff, Duration maxBackoff) {
		if (ids.isEmpty()) {
			return;
		}
		// attempts on the right-hand side is the count before this failure
		this.jdbc.sql("update " + this.table + " set attempts = attempts + 1,"
				+ " next_attempt_at = cast(:now as timestamptz) + least(:backoff * power(2, least(attempts, 20)), :maxBackoff)"
				+ " * interval '1 microsecond', last_error = :error where id in (:ids)")
			.param("now", timestamp(now))
			.param("backoff", micros(backoff))
			.param("maxBackoff", micros(maxBackoff))
			.param("error", (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error)
			.param("ids", ids)
			.update();
	}

	/**
	 * Every message waiting, oldest first: for tests and operators, never for delivery
	 * (it does not lock).
	 */
	public List<OutboxMessage> findAll() {
		return this.jdbc.sql("select " + columns() + " from " + this.table + " order by created_at, id")
			.query(OutboxStore::message)
			.list();
	}

	/**
	 * How many messages are waiting.
	 */
	public long count() {
		return this.jdbc.sql("select count(*) from " + this.table).query(Long.class).single();
	}

	private static String columns() {
		return "id, topic, cast(payload as text) as payload, created_at, attempts, next_attempt_at, last_error";
	}

	private static OutboxMessage message(ResultSet row, int rowNumber) throws SQLException {
		return new OutboxMessage(row.getObject("id", UUID.class), row.getString("topic"), row.getString("payload"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getInt("attempts"),
				row.getObject("next_attempt_at", OffsetDateTime.class).toInstant(), row.getString("last_error"));
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static long micros(Duration duration) {
		return duration.toNanos() / 1_000;
	}

}

package shop.logs.index;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the objects that can hold events matching a search, newest first, from the index
 * alone: GIN-indexed arrays for service, level and trace id, the time range, and for text
 * every word of the text must be part of a word of the object's messages.
 */
@Component
public class LogIndexQuery {

	private final NamedParameterJdbcTemplate jdbc;

	LogIndexQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keys of the candidate objects, newest first, at most {@code limit}.
	 * @param service the service, or {@code null}
	 * @param level the level, or {@code null}
	 * @param from events at or after, or {@code null}
	 * @param to events at or before, or {@code null}
	 * @param words lower-case words that must each be part of a word of the object
	 * @param traceId the trace id, or {@code null}
	 * @param limit the most keys to return
	 */
	public List<String> candidates(String service, String level, Instant from, Instant to, List<String> words,
			String traceId, int limit) {
		StringBuilder sql = new StringBuilder("select object_key from log_objects where true");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (service != null) {
			sql.append(" and services @> array[cast(:service as text)]");
			parameters.addValue("service", service);
		}
		if (level != null) {
			sql.append(" and levels @> array[cast(:level as text)]");
			parameters.addValue("level", level);
		}
		if (traceId != null) {
			sql.append(" and trace_ids @> array[cast(:traceId as text)]");
			parameters.addValue("traceId", traceId);
		}
		if (from != null) {
			sql.append(" and last_event >= :from");
			parameters.addValue("from", Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" and first_event <= :to");
			parameters.addValue("to", Timestamp.from(to));
		}
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and exists (select 1 from unnest(words) w where w like :word").append(i).append(")");
			parameters.addValue("word" + i, "%" + escapeLike(words.get(i)) + "%");
		}
		sql.append(" order by last_event desc limit :limit");
		parameters.addValue("limit", limit);
		return this.jdbc.queryForList(sql.toString(), parameters, String.class);
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

package shop.logs.ingest;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.common.util.Ids;
import shop.logs.event.LogEvent;
import shop.logs.event.LogObjectCodec;
import shop.logs.index.LogObject;
import shop.logs.index.LogObjectRepository;
import shop.logs.store.LogObjectStore;

/**
 * Writes one object (events of one service and hour) to the store and then its index
 * entry; when the index cannot take the entry the object is removed again, so the store
 * never holds an object the index does not know.
 */
@Component
class LogObjectWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);

	private final LogObjectStore store;

	private final LogObjectRepository index;

	private final Clock clock;

	LogObjectWriter(LogObjectStore store, LogObjectRepository index, Clock clock) {
		this.store = store;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * Stores the events as one object.
	 * @return the object's key
	 */
	String write(Partition partition, List<LogEvent> events) {
		String key = key(partition, Ids.newId());
		this.store.put(key, LogObjectCodec.encode(events));
		try {
			this.index.save(LogObject.describe(key, events, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			this.store.delete(key);
			throw ex;
		}
		return key;
	}

	/**
	 * {@code date=2025-01-31/hour=13/service=orders-service/<id>.ndjson.gz}.
	 */
	static String key(Partition partition, UUID id) {
		return "date=" + DATE.format(partition.hour()) + "/hour=" + HOUR.format(partition.hour()) + "/service="
				+ partition.service() + "/" + id + ".ndjson.gz";
	}

}

package shop.logs.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import shop.logs.LogProperties;
import shop.logs.index.LogObject;
import shop.logs.index.LogObjectRepository;
import shop.logs.store.LogObjectStore;

/**
 * Deletes expired log objects, oldest first, in chunks: the object first, then its index
 * entry, so that an interrupted run leaves at worst an index entry whose object is gone
 * (and the next run removes it).
 */
@Service
public class LogRetention {

	private static final Logger log = LoggerFactory.getLogger(LogRetention.class);

	private static final int CHUNK = 500;

	private final LogObjectRepository index;

	private final LogObjectStore store;

	private final LogProperties properties;

	private final Clock clock;

	LogRetention(LogObjectRepository index, LogObjectStore store, LogProperties properties, Clock clock) {
		this.index = index;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Deletes every object whose newest event is older than the retention.
	 * @return how many objects were deleted
	 */
	@Scheduled(fixedDelayString = "${shop.logs.retention-interval:1h}", initialDelayString = "1m")
	public int deleteExpired() {
		Instant cutoff = this.clock.instant().minus(Duration.ofDays(this.properties.retentionDays()));
		int deleted = 0;
		List<LogObject> expired;
		do {
			expired = this.index.findByLastEventBeforeOrderByLastEvent(cutoff, PageRequest.of(0, CHUNK));
			for (LogObject object : expired) {
				this.store.delete(object.objectKey());
				this.index.delete(object);
				deleted++;
			}
		}
		while (expired.size() == CHUNK);
		if (deleted > 0) {
			log.info("Deleted {} log objects older than {} days", deleted, this.properties.retentionDays());
		}
		return deleted;
	}

}

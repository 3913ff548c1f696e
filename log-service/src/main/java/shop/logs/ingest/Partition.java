package shop.logs.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import shop.logs.event.LogEvent;

/**
 * The events of one service in one hour (UTC): an object never mixes partitions.
 *
 * @param service the service
 * @param hour the start of the hour
 */
record Partition(String service, Instant hour) {

	static Partition of(LogEvent event) {
		return new Partition(event.service(), event.timestamp().truncatedTo(ChronoUnit.HOURS));
	}

}

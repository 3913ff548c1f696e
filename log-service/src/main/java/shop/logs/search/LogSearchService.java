package shop.logs.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.logs.LogProperties;
import shop.logs.event.LogEvent;
import shop.logs.event.LogObjectCodec;
import shop.logs.index.LogIndexQuery;
import shop.logs.store.LogObjectStore;
import shop.logs.store.LogStoreException;

/**
 * Searches stored log events. The index narrows the objects to read (at most
 * {@code shop.logs.max-searched-objects}, the newest); their events are filtered and
 * answered newest first.
 */
@Service
public class LogSearchService {

	private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

	private static final Comparator<LogEvent> NEWEST_FIRST = Comparator.comparing(LogEvent::timestamp).reversed();

	private final LogIndexQuery index;

	private final LogObjectStore store;

	private final LogProperties properties;

	LogSearchService(LogIndexQuery index, LogObjectStore store, LogProperties properties) {
		this.index = index;
		this.store = store;
		this.properties = properties;
	}

	public PageResponse<LogEvent> search(LogSearch search, PageQuery page) {
		if (search.level() != null && !LEVELS.contains(search.level())) {
			throw ValidationException.of("level", "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
		}
		if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
			throw ValidationException.of("from", "must not be after to");
		}
		List<String> keys = this.index.candidates(search.service(), search.level(), search.from(), search.to(),
				search.words(), search.traceId(), this.properties.maxSearchedObjects());
		List<LogEvent> matching = new ArrayList<>();
		for (String key : keys) {
			for (LogEvent event : read(key)) {
				if (search.matches(event)) {
					matching.add(event);
				}
			}
		}
		matching.sort(NEWEST_FIRST);
		int from = (int) Math.min(page.offset(), matching.size());
		int to = Math.min(from + page.size(), matching.size());
		return PageResponse.of(matching.subList(from, to), page, matching.size());
	}

	private List<LogEvent> read(String key) {
		try {
			return LogObjectCodec.decode(this.store.get(key));
		}
		catch (LogStoreException ex) {
			throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"Service unavailable", "The log store cannot be read right now");
		}
	}

}

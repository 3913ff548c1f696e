package shop.logs.search.web;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.logs.event.LogEvent;
import shop.logs.search.LogSearch;
import shop.logs.search.LogSearchService;

/**
 * Log search; {@code /api/admin/**} is reserved to admins by the security set-up.
 */
@RestController
class LogSearchController {

	private final LogSearchService search;

	LogSearchController(LogSearchService search) {
		this.search = search;
	}

	@GetMapping("/api/admin/logs")
	PageResponse<LogEvent> search(@RequestParam(required = false) String service,
			@RequestParam(required = false) String level, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String traceId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.search.search(new LogSearch(service, level, from, to, q, traceId), PageQuery.of(page, size));
	}

}

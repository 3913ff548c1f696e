package shop.logs.search.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Admin: logs", description = "Search the fleet's log events, for admins")
class LogSearchController {

	private final LogSearchService search;

	LogSearchController(LogSearchService search) {
		this.search = search;
	}

	@GetMapping("/api/admin/logs")
	@Operation(summary = "Search log events",
			description = "Every criterion is optional; events come newest first. Find every line of one request "
					+ "across the fleet by the traceId of its problem details.")
	PageResponse<LogEvent> search(@Parameter(example = "orders-service") @RequestParam(required = false) String service,
			@Parameter(example = "WARN") @RequestParam(required = false) String level,
			@Parameter(description = "At or after (ISO-8601)",
					example = "2026-03-14T09:00:00Z") @RequestParam(required = false) Instant from,
			@Parameter(description = "At or before (ISO-8601)",
					example = "2026-03-14T10:00:00Z") @RequestParam(required = false) Instant to,
			@Parameter(description = "Text in the message or exception, ignoring case",
					example = "capture") @RequestParam(required = false) String q,
			@Parameter(example = "4bf92f3577b34da6a3ce929d0e0e4736") @RequestParam(required = false) String traceId,
			@Parameter(example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "At most 100", example = "20") @RequestParam(required = false) Integer size) {
		return this.search.search(new LogSearch(service, level, from, to, q, traceId), PageQuery.of(page, size));
	}

}

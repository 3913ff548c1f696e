package shop.auth.session.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.session.Session;
import shop.auth.session.SessionRepository;
import shop.common.security.internal.InternalApi;
import shop.common.web.ShopException;

/**
 * Whether a session is still active; the gateway asks on every authenticated request, so
 * an ended session's tokens are refused at once (docs/security.md).
 */
@RestController
class InternalSessionController {

	private final SessionRepository sessions;

	InternalSessionController(SessionRepository sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/internal/sessions/{sessionId}")
	@InternalApi(callers = { "gateway", "realtime-service" })
	SessionResponse session(@PathVariable UUID sessionId) {
		Session session = this.sessions.findById(sessionId)
			.orElseThrow(() -> ShopException.notFound("Session", sessionId));
		return new SessionResponse(session.id(), session.userId(), session.isActive());
	}

}

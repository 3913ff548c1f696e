package shop.auth.session;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what can no longer be used: long-expired refresh tokens and closed login
 * throttle windows. Ended sessions stay (soft delete).
 */
@Component
class SessionHousekeeping {

	private final SessionService sessions;

	private final LoginThrottle throttle;

	SessionHousekeeping(SessionService sessions, LoginThrottle throttle) {
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@Scheduled(initialDelayString = "${shop.auth.housekeeping-interval:1h}",
			fixedDelayString = "${shop.auth.housekeeping-interval:1h}")
	void purge() {
		this.sessions.purgeExpiredRefreshTokens();
		this.throttle.purge();
	}

}

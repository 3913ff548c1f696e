package shop.realtime.connection;

import java.util.UUID;

import org.springframework.stereotype.Component;

import shop.common.feign.RemoteCalls;
import shop.common.feign.RemoteProblemException;
import shop.realtime.client.AuthClient;

/**
 * Asks auth-service whether a user's session is still active.
 */
@Component
class SessionCheck {

	enum Verdict {

		ACTIVE, REVOKED, UNKNOWN

	}

	private final AuthClient auth;

	SessionCheck(AuthClient auth) {
		this.auth = auth;
	}

	/**
	 * {@code ACTIVE} when the session exists, is the user's and is active,
	 * {@code REVOKED} when it is not, {@code UNKNOWN} when auth-service cannot tell now.
	 */
	Verdict check(String sessionId, UUID userId) {
		try {
			AuthClient.Session session = this.auth.session(sessionId);
			return (session != null && session.active() && userId.equals(session.userId())) ? Verdict.ACTIVE
					: Verdict.REVOKED;
		}
		catch (RemoteProblemException ex) {
			return (ex.status() == 404) ? Verdict.REVOKED : Verdict.UNKNOWN;
		}
		catch (RuntimeException ex) {
			if (RemoteCalls.isTransient(ex)) {
				return Verdict.UNKNOWN;
			}
			throw ex;
		}
	}

}

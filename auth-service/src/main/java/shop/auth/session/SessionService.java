package shop.auth.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.auth.AuthProperties;
import shop.auth.token.AccessToken;
import shop.auth.token.AccessTokens;
import shop.auth.user.AuthenticatedUser;
import shop.auth.user.Role;
import shop.auth.user.RolesRevoked;
import shop.auth.user.UserService;
import shop.common.util.Ids;

/**
 * Opens sessions, rotates their refresh tokens and ends them.
 */
@Service
public class SessionService {

	private static final Logger log = LoggerFactory.getLogger(SessionService.class);

	private final SessionRepository sessions;

	private final RefreshTokenRepository refreshTokens;

	private final AccessTokens accessTokens;

	private final UserService users;

	private final AuthProperties properties;

	private final Clock clock;

	SessionService(SessionRepository sessions, RefreshTokenRepository refreshTokens, AccessTokens accessTokens,
			UserService users, AuthProperties properties, Clock clock) {
		this.sessions = sessions;
		this.refreshTokens = refreshTokens;
		this.accessTokens = accessTokens;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts a session for a user whose password was just checked.
	 */
	@Transactional
	public IssuedTokens open(AuthenticatedUser user) {
		Instant now = this.clock.instant();
		Session session = this.sessions.save(Session.open(Ids.newId(this.clock), user.userId(), now));
		return issue(session, user.roles(), now);
	}

	/**
	 * Trades a refresh token for a new pair. Each refresh token works once: presenting a
	 * used one ends the whole session (someone else may have it) and answers 401; the
	 * session's access tokens are then refused too. The session's end is committed even
	 * though the call fails.
	 * @throws InvalidRefreshTokenException when the token cannot be used
	 */
	@Transactional(noRollbackFor = InvalidRefreshTokenException.class)
	public IssuedTokens refresh(String refreshToken) {
		Instant now = this.clock.instant();
		String hash = RefreshTokenValues.hash(refreshToken);
		RefreshToken token = this.refreshTokens.findById(hash).orElseThrow(InvalidRefreshTokenException::invalid);
		Session session = this.sessions.findById(token.sessionId()).orElseThrow(InvalidRefreshTokenException::invalid);
		if (!session.isActive()) {
			throw InvalidRefreshTokenException.invalid();
		}
		boolean firstUse = !token.isUsed() && this.refreshTokens.markUsed(hash, now) == 1;
		// the bulk update cleared the persistence context: go on with a managed session
		session = this.sessions.findById(token.sessionId()).orElseThrow();
		if (!firstUse) {
			session.end(SessionEnd.REFRESH_TOKEN_REUSED, now);
			log.warn("Refresh token of session {} was used twice; ended the session", session.id());
			throw InvalidRefreshTokenException.reused();
		}
		if (token.isExpiredAt(now)) {
			throw InvalidRefreshTokenException.invalid();
		}
		Optional<Set<Role>> roles = this.users.currentRoles(session.userId());
		if (roles.isEmpty()) {
			session.end(SessionEnd.ACCOUNT_GONE, now);
			throw InvalidRefreshTokenException.invalid();
		}
		session.refreshed(now);
		return issue(session, roles.get(), now);
	}

	/**
	 * Ends the caller's session; its access and refresh tokens stop working at once.
	 * Ending an ended session changes nothing.
	 */
	@Transactional
	public void logout(UUID userId, UUID sessionId) {
		this.sessions.findById(sessionId)
			.filter((session) -> session.belongsTo(userId))
			.ifPresent((session) -> session.end(SessionEnd.LOGOUT, this.clock.instant()));
	}

	/**
	 * A role taken away must not live on in tokens issued before: the user's sessions
	 * end, in the same transaction as the role change.
	 */
	@EventListener
	void rolesRevoked(RolesRevoked event) {
		Instant now = this.clock.instant();
		this.sessions.findByUserIdAndDeletedAtIsNull(event.userId())
			.forEach((session) -> session.end(SessionEnd.ROLES_REVOKED, now));
	}

	/**
	 * Drops refresh tokens that expired more than a day ago (a reuse can no longer be
	 * told from an expired token after that, and neither works).
	 */
	@Transactional
	public int purgeExpiredRefreshTokens() {
		return this.refreshTokens.deleteExpiredBefore(this.clock.instant().minus(Duration.ofDays(1)));
	}

	private IssuedTokens issue(Session session, Set<Role> roles, Instant now) {
		String refreshToken = RefreshTokenValues.generate();
		this.refreshTokens.save(RefreshToken.issue(RefreshTokenValues.hash(refreshToken), session.id(), now,
				this.properties.refreshTokenTtl()));
		AccessToken accessToken = this.accessTokens.issue(session.userId(), session.id(),
				roles.stream().sorted().map(Role::name).toList());
		return new IssuedTokens(accessToken.value(), refreshToken, accessToken.expiresIn(), session.id());
	}

}

package shop.auth.session;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shop.auth.AuthProperties;

/**
 * Counts failed logins per account and per client address in Postgres, so every
 * auth-service instance sees the same counts. A window opens with the first failure; once
 * the failures within it reach the limit, logins for that account or from that address
 * are refused until the window closes, whether the password would be right or not. The
 * account key is the email's blind index, so unknown and known emails are throttled alike
 * and no email is stored here.
 */
@Component
class LoginThrottle {

	private static final String ACCOUNT = "account:";

	private static final String ADDRESS = "ip:";

	private final JdbcClient jdbc;

	private final AuthProperties.LoginThrottle limits;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, AuthProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.limits = properties.loginThrottle();
		this.clock = clock;
	}

	/**
	 * @throws LoginThrottledException when the account or the address has used up its
	 * failures
	 */
	@Transactional(readOnly = true)
	public void checkAllowed(String emailIndex, String clientAddress) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.window());
		List<Window> open = this.jdbc
			.sql("select throttle_key, failures, window_started_at from login_throttles "
					+ "where throttle_key in (:account, :address) and window_started_at > :windowStart")
			.param("account", ACCOUNT + emailIndex)
			.param("address", ADDRESS + clientAddress)
			.param("windowStart", Timestamp.from(windowStart))
			.query((rs, row) -> new Window(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.list();
		Duration retryAfter = Duration.ZERO;
		for (Window window : open) {
			int limit = window.key().startsWith(ACCOUNT) ? this.limits.accountFailures() : this.limits.ipFailures();
			if (window.failures() >= limit) {
				Duration left = Duration.between(now, window.startedAt().plus(this.limits.window()));
				retryAfter = (left.compareTo(retryAfter) > 0) ? left : retryAfter;
			}
		}
		if (!retryAfter.isZero()) {
			throw new LoginThrottledException(retryAfter);
		}
	}

	@Transactional
	public void recordFailure(String emailIndex, String clientAddress) {
		Instant now = this.clock.instant();
		count(ACCOUNT + emailIndex, now);
		count(ADDRESS + clientAddress, now);
	}

	/**
	 * Forgets the account's failures after a successful login (the address keeps its
	 * count: one good password does not excuse guessing at others).
	 */
	@Transactional
	public void recordSuccess(String emailIndex) {
		this.jdbc.sql("delete from login_throttles where throttle_key = :key")
			.param("key", ACCOUNT + emailIndex)
			.update();
	}

	/**
	 * Drops closed windows.
	 */
	@Transactional
	public int purge() {
		return this.jdbc.sql("delete from login_throttles where window_started_at <= :windowStart")
			.param("windowStart", Timestamp.from(this.clock.instant().minus(this.limits.window())))
			.update();
	}

	private void count(String key, Instant now) {
		this.jdbc
			.sql("""
					insert into login_throttles (throttle_key, failures, window_started_at) values (:key, 1, :now)
					on conflict (throttle_key) do update set
					  failures = case when login_throttles.window_started_at <= :windowStart then 1
					                  else login_throttles.failures + 1 end,
					  window_started_at = case when login_throttles.window_started_at <= :windowStart then excluded.window_started_at
					                           else login_throttles.window_started_at end
					""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(this.limits.window())))
			.update();
	}

	private record Window(String key, int failures, Instant startedAt) {

	}

}

package shop.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of auth-service, under {@code shop.auth}.
 *
 * @param accessTokenTtl how long an access token (JWT) is valid
 * @param refreshTokenTtl how long a refresh token is valid
 * @param passwordHashStrength the BCrypt cost (log2 of the rounds)
 * @param signingKeyMaxAge age after which the signing key is rotated
 * @param signingKeyRefresh how often an instance reloads the key ring, so that a rotation
 * by another instance is picked up
 * @param clientIpHeader the header in which the gateway passes the client's address
 * @param loginThrottle limits of failed logins
 * @param admin the first admin, created at start-up when both email and password are set
 */
@ConfigurationProperties("shop.auth")
public record AuthProperties(@DefaultValue("15m") Duration accessTokenTtl, @DefaultValue("7d") Duration refreshTokenTtl,
		@DefaultValue("10") int passwordHashStrength, @DefaultValue("30d") Duration signingKeyMaxAge,
		@DefaultValue("1m") Duration signingKeyRefresh, @DefaultValue("X-Client-Ip") String clientIpHeader,
		@DefaultValue LoginThrottle loginThrottle, @DefaultValue Admin admin) {

	/**
	 * How long a retired signing key stays published: its last tokens must still verify
	 * until they expire, also those signed by an instance that learnt of the rotation a
	 * little later.
	 */
	public Duration retiredKeyPublication() {
		return this.accessTokenTtl.plus(this.signingKeyRefresh).plusMinutes(1);
	}

	/**
	 * Failed-login limits: after {@code accountFailures} failures for one email, or
	 * {@code ipFailures} from one client address, within {@code window} (counted from the
	 * first failure), logins are refused with 429 until the window ends.
	 *
	 * @param accountFailures failures allowed per account
	 * @param ipFailures failures allowed per client address
	 * @param window the window
	 */
	public record LoginThrottle(@DefaultValue("5") int accountFailures, @DefaultValue("20") int ipFailures,
			@DefaultValue("15m") Duration window) {

	}

	/**
	 * The first admin ({@code SHOP_ADMIN_EMAIL}, {@code SHOP_ADMIN_PASSWORD}).
	 *
	 * @param email the admin's email
	 * @param password the admin's password (must pass the password policy)
	 * @param name the admin's display name
	 */
	public record Admin(String email, String password, @DefaultValue("Administrator") String name) {

		public boolean configured() {
			return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

}

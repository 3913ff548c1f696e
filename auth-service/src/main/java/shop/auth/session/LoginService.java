package shop.auth.session;

import java.util.Optional;

import org.springframework.stereotype.Service;

import shop.auth.user.AuthenticatedUser;
import shop.auth.user.UserService;

/**
 * Logs users in. Runs outside a transaction on purpose: the password hash takes tens of
 * milliseconds and holds no database connection meanwhile, and a failure is counted even
 * though the login then fails.
 */
@Service
public class LoginService {

	private final UserService users;

	private final LoginThrottle throttle;

	private final SessionService sessions;

	LoginService(UserService users, LoginThrottle throttle, SessionService sessions) {
		this.users = users;
		this.throttle = throttle;
		this.sessions = sessions;
	}

	/**
	 * Checks the credentials and opens a session.
	 * @param clientAddress the client's address, for the per-address throttle
	 * @throws LoginThrottledException when the account or address has failed too often
	 * @throws InvalidCredentialsException for an unknown email or a wrong password
	 */
	public IssuedTokens login(String email, String password, String clientAddress) {
		String emailIndex = this.users.emailIndex(email);
		this.throttle.checkAllowed(emailIndex, clientAddress);
		Optional<AuthenticatedUser> user = this.users.authenticate(email, password);
		if (user.isEmpty()) {
			this.throttle.recordFailure(emailIndex, clientAddress);
			throw new InvalidCredentialsException();
		}
		this.throttle.recordSuccess(emailIndex);
		return this.sessions.open(user.get());
	}

}

package shop.auth.session.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.session.LoginService;
import shop.auth.session.SessionService;
import shop.common.security.jwt.CurrentUser;

/**
 * Login, refresh and logout.
 */
@RestController
@Tag(name = "Sessions", description = "Login, token refresh and logout")
class AuthController {

	private final LoginService logins;

	private final SessionService sessions;

	private final ClientAddresses clientAddresses;

	AuthController(LoginService logins, SessionService sessions, ClientAddresses clientAddresses) {
		this.logins = logins;
		this.sessions = sessions;
		this.clientAddresses = clientAddresses;
	}

	@PostMapping("/api/auth/login")
	@Operation(summary = "Log in",
			description = "Starts a session: a 15-minute access token and a 7-day refresh token. The same 401 "
					+ "answers an unknown email and a wrong password.")
	@ApiResponse(responseCode = "200", description = "The session's tokens")
	@ApiResponse(responseCode = "401", description = "`INVALID_CREDENTIALS`: unknown email or wrong password")
	@ApiResponse(responseCode = "429",
			description = "`TOO_MANY_LOGIN_ATTEMPTS`: too many failed logins for this account or address; "
					+ "Retry-After says when to try again")
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return TokenResponse.of(this.logins.login(request.email(), request.password(), this.clientAddresses.of(http)));
	}

	@PostMapping("/api/auth/refresh")
	@Operation(summary = "Refresh the tokens",
			description = "Rotates the refresh token: the one presented is spent. Presenting a spent one again ends "
					+ "the whole session (theft detection).")
	@ApiResponse(responseCode = "200", description = "A new pair of tokens")
	@ApiResponse(responseCode = "401",
			description = "`INVALID_REFRESH_TOKEN`: unknown, expired or of an ended session; "
					+ "`REFRESH_TOKEN_REUSED`: already used, and the session is now ended")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return TokenResponse.of(this.sessions.refresh(request.refreshToken()));
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Log out",
			description = "Ends the session: from the next request on, its access token is refused with 401.")
	@ApiResponse(responseCode = "204", description = "The session has ended")
	void logout(@CurrentUser UUID userId, @CurrentUser(session = true) String sessionId) {
		this.sessions.logout(userId, UUID.fromString(sessionId));
	}

}

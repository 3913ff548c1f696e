package shop.auth.session.web;

import java.util.UUID;

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
	TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		return TokenResponse.of(this.logins.login(request.email(), request.password(), this.clientAddresses.of(http)));
	}

	@PostMapping("/api/auth/refresh")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return TokenResponse.of(this.sessions.refresh(request.refreshToken()));
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@CurrentUser UUID userId, @CurrentUser(session = true) String sessionId) {
		this.sessions.logout(userId, UUID.fromString(sessionId));
	}

}

package shop.auth.user.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.user.UserProfile;
import shop.auth.user.UserService;

/**
 * Opening an account.
 */
@RestController
class AccountController {

	private final UserService users;

	AccountController(UserService users) {
		this.users = users;
	}

	@PostMapping("/api/auth/signup")
	@ResponseStatus(HttpStatus.CREATED)
	SignupResponse signUp(@Valid @RequestBody SignupRequest request) {
		UserProfile profile = this.users.signUp(request.toCommand());
		return new SignupResponse(profile.userId(), profile.email(), profile.name());
	}

}

package shop.auth.user.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Accounts", description = "Signing up")
class AccountController {

	private final UserService users;

	AccountController(UserService users) {
		this.users = users;
	}

	@PostMapping("/api/auth/signup")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign up",
			description = "Opens a customer account. The password needs at least 10 characters and must not be a "
					+ "common one; a weak password or a bad email is a 400 naming the field.")
	@ApiResponse(responseCode = "201", description = "The new account")
	@ApiResponse(responseCode = "409", description = "`EMAIL_TAKEN`: an account with this email exists")
	SignupResponse signUp(@Valid @RequestBody SignupRequest request) {
		UserProfile profile = this.users.signUp(request.toCommand());
		return new SignupResponse(profile.userId(), profile.email(), profile.name());
	}

}

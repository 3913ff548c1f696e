package shop.auth.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.auth.user.SignUp;

/**
 * {@code POST /api/auth/signup}. Only these fields bind: a client cannot choose roles or
 * ids (unknown fields are ignored).
 */
record SignupRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 200) String password,
		@NotBlank @Size(max = 100) String name, @Size(max = 30) @Pattern(regexp = ProfileRequests.PHONE) String phone) {

	SignUp toCommand() {
		return new SignUp(this.email, this.password, this.name, this.phone);
	}

}

package shop.auth.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.auth.user.SignUp;

/**
 * {@code POST /api/auth/signup}. Only these fields bind: a client cannot choose roles or
 * ids (unknown fields are ignored).
 */
record SignupRequest(@Schema(example = "jane.doe@example.com") @NotBlank @Size(max = 254) String email,
		@Schema(description = "At least 10 characters, not a common password",
				example = "correct horse battery staple") @NotNull @Size(max = 200) String password,
		@Schema(example = "Jane Doe") @NotBlank @Size(max = 100) String name,
		@Schema(example = "+1 415 555 0100") @Size(max = 30) @Pattern(regexp = ProfileRequests.PHONE) String phone) {

	SignUp toCommand() {
		return new SignUp(this.email, this.password, this.name, this.phone);
	}

}

package shop.auth.session.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record LoginRequest(@Schema(example = "jane.doe@example.com") @NotBlank @Size(max = 254) String email,
		@Schema(example = "correct horse battery staple") @NotNull @Size(max = 200) String password) {

}

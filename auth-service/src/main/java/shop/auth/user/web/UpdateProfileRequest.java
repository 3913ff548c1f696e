package shop.auth.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/auth/profile}: absent fields stay as they are; an empty phone removes
 * it.
 */
record UpdateProfileRequest(
		@Schema(example = "Jane Q. Doe") @Size(max = 100) @Pattern(regexp = ProfileRequests.NOT_BLANK) String name,
		@Schema(description = "Empty removes the phone",
				example = "+1 415 555 0199") @Size(max = 30) @Pattern(regexp = ProfileRequests.PHONE) String phone) {

}

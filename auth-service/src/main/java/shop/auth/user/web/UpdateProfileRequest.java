package shop.auth.user.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/auth/profile}: absent fields stay as they are; an empty phone removes
 * it.
 */
record UpdateProfileRequest(@Size(max = 100) @Pattern(regexp = ProfileRequests.NOT_BLANK) String name,
		@Size(max = 30) @Pattern(regexp = ProfileRequests.PHONE) String phone) {

}

package shop.auth.user.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.auth.user.Role;
import shop.auth.user.UserProfile;

record ProfileResponse(@Schema(example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID userId,
		@Schema(example = "jane.doe@example.com") String email, @Schema(example = "Jane Doe") String name,
		@Schema(example = "+1 415 555 0100") String phone, @Schema(example = "[\"CUSTOMER\"]") List<String> roles,
		List<AddressResponse> addresses) {

	static ProfileResponse of(UserProfile profile) {
		return new ProfileResponse(profile.userId(), profile.email(), profile.name(), profile.phone(),
				profile.roles().stream().sorted().map(Role::name).toList(),
				profile.addresses().stream().map(AddressResponse::of).toList());
	}

}

package shop.auth.user.web;

import java.util.List;
import java.util.UUID;

import shop.auth.user.Role;
import shop.auth.user.UserProfile;

record ProfileResponse(UUID userId, String email, String name, String phone, List<String> roles,
		List<AddressResponse> addresses) {

	static ProfileResponse of(UserProfile profile) {
		return new ProfileResponse(profile.userId(), profile.email(), profile.name(), profile.phone(),
				profile.roles().stream().sorted().map(Role::name).toList(),
				profile.addresses().stream().map(AddressResponse::of).toList());
	}

}

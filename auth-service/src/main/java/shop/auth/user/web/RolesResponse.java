package shop.auth.user.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.auth.user.Role;

record RolesResponse(@Schema(example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID userId,
		@Schema(example = "[\"ADMIN\", \"CUSTOMER\"]") List<String> roles) {

	static RolesResponse of(UUID userId, Set<Role> roles) {
		return new RolesResponse(userId, roles.stream().sorted().map(Role::name).toList());
	}

}

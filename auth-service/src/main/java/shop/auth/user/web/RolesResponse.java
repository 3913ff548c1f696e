package shop.auth.user.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import shop.auth.user.Role;

record RolesResponse(UUID userId, List<String> roles) {

	static RolesResponse of(UUID userId, Set<Role> roles) {
		return new RolesResponse(userId, roles.stream().sorted().map(Role::name).toList());
	}

}

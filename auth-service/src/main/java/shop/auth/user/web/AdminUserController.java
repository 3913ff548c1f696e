package shop.auth.user.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.user.UserService;
import shop.common.security.jwt.CurrentUser;

/**
 * Role management by admins ({@code /api/admin/**} needs the {@code ADMIN} role).
 */
@RestController
class AdminUserController {

	private final UserService users;

	AdminUserController(UserService users) {
		this.users = users;
	}

	@PostMapping("/api/admin/users/{userId}/roles")
	RolesResponse changeRoles(@CurrentUser UUID adminId, @PathVariable UUID userId,
			@Valid @RequestBody ChangeRolesRequest request) {
		request.validate();
		return RolesResponse.of(userId,
				this.users.changeRoles(adminId, userId, request.rolesToGrant(), request.rolesToRevoke()));
	}

}

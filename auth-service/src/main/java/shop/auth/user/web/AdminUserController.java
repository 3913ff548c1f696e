package shop.auth.user.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Admin: users", description = "Role management, for admins")
class AdminUserController {

	private final UserService users;

	AdminUserController(UserService users) {
		this.users = users;
	}

	@PostMapping("/api/admin/users/{userId}/roles")
	@Operation(summary = "Grant or revoke roles",
			description = "Revoking a role ends the user's sessions, so that no token keeps it.")
	@ApiResponse(responseCode = "200", description = "The user's roles now")
	@ApiResponse(responseCode = "409", description = "`OWN_ADMIN_ROLE`: an admin cannot revoke their own ADMIN role")
	RolesResponse changeRoles(@CurrentUser UUID adminId, @PathVariable UUID userId,
			@Valid @RequestBody ChangeRolesRequest request) {
		request.validate();
		return RolesResponse.of(userId,
				this.users.changeRoles(adminId, userId, request.rolesToGrant(), request.rolesToRevoke()));
	}

}

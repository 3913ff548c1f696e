package shop.auth.user.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.user.UserProfile;
import shop.auth.user.UserService;
import shop.common.security.internal.InternalApi;

/**
 * What orders-service needs of an account for an order's snapshot (docs/internal-api.md).
 */
@RestController
@InternalApi(callers = "orders-service")
class InternalUserController {

	private final UserService users;

	InternalUserController(UserService users) {
		this.users = users;
	}

	@GetMapping("/internal/users/{userId}")
	InternalUserResponse user(@PathVariable UUID userId) {
		UserProfile profile = this.users.profile(userId);
		return new InternalUserResponse(profile.userId(), profile.email(), profile.name());
	}

	/**
	 * One of the user's addresses; 404 when the address is not that user's.
	 */
	@GetMapping("/internal/users/{userId}/addresses/{addressId}")
	AddressResponse address(@PathVariable UUID userId, @PathVariable UUID addressId) {
		return AddressResponse.of(this.users.address(userId, addressId));
	}

}

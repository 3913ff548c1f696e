package shop.auth.user.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.auth.user.Address;
import shop.auth.user.UserService;
import shop.common.security.jwt.CurrentUser;

/**
 * The signed-in user's own profile and addresses; nobody reaches another user's.
 */
@RestController
@Tag(name = "Profile", description = "The signed-in user's own profile and addresses")
class ProfileController {

	private static final String PROFILE = "/api/auth/profile";

	private final UserService users;

	ProfileController(UserService users) {
		this.users = users;
	}

	@GetMapping(PROFILE)
	@Operation(summary = "The caller's profile", description = "With roles and every address.")
	ProfileResponse profile(@CurrentUser UUID userId) {
		return ProfileResponse.of(this.users.profile(userId));
	}

	@PutMapping(PROFILE)
	@Operation(summary = "Change name or phone",
			description = "Absent fields stay as they are; an empty phone removes it.")
	ProfileResponse update(@CurrentUser UUID userId, @Valid @RequestBody UpdateProfileRequest request) {
		return ProfileResponse.of(this.users.updateProfile(userId, request.name(), request.phone()));
	}

	@PostMapping(PROFILE + "/addresses")
	@Operation(summary = "Add an address")
	@ApiResponse(responseCode = "201", description = "The new address, with Location")
	@ApiResponse(responseCode = "409", description = "`TOO_MANY_ADDRESSES`: the profile holds the most it may")
	ResponseEntity<AddressResponse> addAddress(@CurrentUser UUID userId, @Valid @RequestBody AddressRequest request) {
		Address address = this.users.addAddress(userId, request.toDetails());
		return ResponseEntity.created(URI.create(PROFILE + "/addresses/" + address.addressId()))
			.body(AddressResponse.of(address));
	}

	@GetMapping(PROFILE + "/addresses/{addressId}")
	@Operation(summary = "One of the caller's addresses")
	AddressResponse address(@CurrentUser UUID userId, @PathVariable UUID addressId) {
		return AddressResponse.of(this.users.address(userId, addressId));
	}

	@PutMapping(PROFILE + "/addresses/{addressId}")
	@Operation(summary = "Replace an address")
	AddressResponse replaceAddress(@CurrentUser UUID userId, @PathVariable UUID addressId,
			@Valid @RequestBody AddressRequest request) {
		return AddressResponse.of(this.users.replaceAddress(userId, addressId, request.toDetails()));
	}

	@DeleteMapping(PROFILE + "/addresses/{addressId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an address")
	@ApiResponse(responseCode = "204", description = "Deleted")
	void removeAddress(@CurrentUser UUID userId, @PathVariable UUID addressId) {
		this.users.removeAddress(userId, addressId);
	}

}

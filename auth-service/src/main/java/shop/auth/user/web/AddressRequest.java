package shop.auth.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.auth.user.AddressDetails;

/**
 * {@code POST /api/auth/profile/addresses} and {@code PUT .../{addressId}}.
 */
record AddressRequest(@Schema(example = "Warehouse") @Size(max = 40) String label,
		@Schema(example = "Jane Doe") @NotBlank @Size(max = 100) String name,
		@Schema(example = "500 Terry Francine St") @NotBlank @Size(max = 200) String line1,
		@Schema(example = "Dock 4") @Size(max = 200) String line2,
		@Schema(example = "San Francisco") @NotBlank @Size(max = 100) String city,
		@Schema(example = "CA") @Size(max = 100) String region,
		@Schema(example = "94158") @NotBlank @Size(max = 20) String postalCode,
		@Schema(description = "ISO 3166-1 alpha-2", example = "US") @NotBlank @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*",
				message = "must be an ISO 3166-1 alpha-2 country code") String country) {

	AddressDetails toDetails() {
		return new AddressDetails(this.label, this.name, this.line1, this.line2, this.city, this.region,
				this.postalCode, this.country);
	}

}

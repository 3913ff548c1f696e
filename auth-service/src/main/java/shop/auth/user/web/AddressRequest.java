package shop.auth.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.auth.user.AddressDetails;

/**
 * {@code POST /api/auth/profile/addresses} and {@code PUT .../{addressId}}.
 */
record AddressRequest(@Size(max = 40) String label, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String line1, @Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
		@Size(max = 100) String region, @NotBlank @Size(max = 20) String postalCode,
		@NotBlank @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*",
				message = "must be an ISO 3166-1 alpha-2 country code") String country) {

	AddressDetails toDetails() {
		return new AddressDetails(this.label, this.name, this.line1, this.line2, this.city, this.region,
				this.postalCode, this.country);
	}

}

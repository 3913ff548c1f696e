package shop.auth.user.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.auth.user.Address;

record AddressResponse(@Schema(example = "0195f3aa-6f70-7b8c-9d0e-1f2a3b4c5d6e") UUID addressId,
		@Schema(example = "Warehouse") String label, @Schema(example = "Jane Doe") String name,
		@Schema(example = "500 Terry Francine St") String line1, @Schema(example = "Dock 4") String line2,
		@Schema(example = "San Francisco") String city, @Schema(example = "CA") String region,
		@Schema(example = "94158") String postalCode, @Schema(example = "US") String country) {

	static AddressResponse of(Address address) {
		return new AddressResponse(address.addressId(), address.label(), address.name(), address.line1(),
				address.line2(), address.city(), address.region(), address.postalCode(), address.country());
	}

}

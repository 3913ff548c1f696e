package shop.auth.user.web;

import java.util.UUID;

import shop.auth.user.Address;

record AddressResponse(UUID addressId, String label, String name, String line1, String line2, String city,
		String region, String postalCode, String country) {

	static AddressResponse of(Address address) {
		return new AddressResponse(address.addressId(), address.label(), address.name(), address.line1(),
				address.line2(), address.city(), address.region(), address.postalCode(), address.country());
	}

}

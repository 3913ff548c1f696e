package shop.auth.user;

import java.util.UUID;

/**
 * A delivery address of an account.
 *
 * @param addressId the address's id
 * @param label the owner's name for it ("Office"), may be {@code null}
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of it, may be {@code null}
 * @param city the city
 * @param region state or province, may be {@code null}
 * @param postalCode the postal code
 * @param country ISO 3166-1 alpha-2 country code, upper case
 */
public record Address(UUID addressId, String label, String name, String line1, String line2, String city, String region,
		String postalCode, String country) {

	static Address of(UUID addressId, AddressDetails details) {
		return new Address(addressId, details.label(), details.name(), details.line1(), details.line2(), details.city(),
				details.region(), details.postalCode(), details.country());
	}

}

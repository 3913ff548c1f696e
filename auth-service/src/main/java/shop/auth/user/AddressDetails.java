package shop.auth.user;

import java.util.Locale;

/**
 * The fields of an address as a client gives them, already validated for presence and
 * length; blank optional fields become {@code null} and the country is upper-cased.
 *
 * @param label the owner's name for the address, optional
 * @param name the recipient
 * @param line1 street and number
 * @param line2 more of it, optional
 * @param city the city
 * @param region state or province, optional
 * @param postalCode the postal code
 * @param country ISO 3166-1 alpha-2 country code
 */
public record AddressDetails(String label, String name, String line1, String line2, String city, String region,
		String postalCode, String country) {

	public AddressDetails {
		label = optional(label);
		name = name.trim();
		line1 = line1.trim();
		line2 = optional(line2);
		city = city.trim();
		region = optional(region);
		postalCode = postalCode.trim();
		country = country.trim().toUpperCase(Locale.ROOT);
	}

	private static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

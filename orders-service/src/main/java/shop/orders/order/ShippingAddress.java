package shop.orders.order;

import java.util.UUID;

/**
 * Where an order ships, as it was at order time.
 *
 * @param addressId the address-book entry it came from, or {@code null} when given inline
 * @param label the shopper's label ("Home")
 * @param name the recipient
 * @param line1 first address line
 * @param line2 second address line
 * @param city city
 * @param region region or state
 * @param postalCode postal code
 * @param country ISO 3166-1 alpha-2 country code
 */
public record ShippingAddress(UUID addressId, String label, String name, String line1, String line2, String city,
		String region, String postalCode, String country) {

}

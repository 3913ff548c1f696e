package shop.orders.order.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import shop.orders.saga.PlaceOrder;

/**
 * A shipping address given with the order instead of a saved one.
 *
 * @param label the shopper's label
 * @param name the recipient
 * @param line1 first line
 * @param line2 second line
 * @param city city
 * @param region region or state
 * @param postalCode postal code
 * @param country ISO 3166-1 alpha-2 code
 */
record AddressRequest(@Schema(example = "Warehouse") @Size(max = 64) String label,
		@Schema(example = "Jane Doe") @NotBlank @Size(max = 200) String name,
		@Schema(example = "500 Terry Francine St") @NotBlank @Size(max = 200) String line1,
		@Schema(example = "Dock 4") @Size(max = 200) String line2,
		@Schema(example = "San Francisco") @NotBlank @Size(max = 100) String city,
		@Schema(example = "CA") @Size(max = 100) String region,
		@Schema(example = "94158") @NotBlank @Size(max = 20) String postalCode,
		@Schema(description = "ISO 3166-1 alpha-2", example = "US") @NotBlank @Pattern(regexp = "[A-Za-z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code") String country) {

	PlaceOrder.NewAddress toAddress() {
		return new PlaceOrder.NewAddress(blankToNull(this.label), this.name.strip(), this.line1.strip(),
				blankToNull(this.line2), this.city.strip(), blankToNull(this.region), this.postalCode.strip(),
				this.country.toUpperCase(Locale.ROOT));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

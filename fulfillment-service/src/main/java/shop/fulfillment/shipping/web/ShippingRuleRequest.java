package shop.fulfillment.shipping.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import shop.fulfillment.shipping.ShippingRuleSpec;

/**
 * A shipping rule as admins write it; see {@link ShippingRuleSpec} for the fields.
 */
record ShippingRuleRequest(String country, String postalPrefix, @NotBlank String mode, @NotBlank String carrier,
		Integer minWeightGrams, Integer maxWeightGrams, BigDecimal minOrderValue, BigDecimal maxOrderValue,
		@NotBlank String currency, @NotNull BigDecimal baseCost, BigDecimal costPerKg, @NotNull Integer businessDays,
		@NotNull Integer cutOffHour) {

	ShippingRuleSpec spec() {
		return new ShippingRuleSpec(blankToNull(this.country), blankToNull(this.postalPrefix), this.mode, this.carrier,
				(this.minWeightGrams != null) ? this.minWeightGrams : 0, this.maxWeightGrams, this.minOrderValue,
				this.maxOrderValue, this.currency, this.baseCost, this.costPerKg, this.businessDays, this.cutOffHour);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

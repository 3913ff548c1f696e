package shop.fulfillment.shipping.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import shop.fulfillment.shipping.ShippingRuleSpec;

/**
 * A shipping rule as admins write it; see {@link ShippingRuleSpec} for the fields.
 */
record ShippingRuleRequest(
		@Schema(description = "ISO 3166-1 alpha-2; absent for any country", example = "US") String country,
		@Schema(description = "Only postal codes starting with this (1 to 16 letters or digits); absent for all",
				example = "941") String postalPrefix,
		@Schema(description = "The delivery mode shoppers choose: a lower-case word",
				example = "express") @NotBlank String mode,
		@Schema(description = "Who carries the parcel", example = "UPS Express Saver") @NotBlank String carrier,
		@Schema(description = "Lightest shipment it covers, in grams (inclusive); 0 when absent",
				example = "0") Integer minWeightGrams,
		@Schema(description = "Heaviest shipment it covers, in grams (exclusive); absent for no limit",
				example = "30000") Integer maxWeightGrams,
		@Schema(description = "Smallest order value it covers (inclusive); absent for none; never applies to the "
				+ "public quote, which knows no order value", example = "500.00") BigDecimal minOrderValue,
		@Schema(description = "Largest order value it covers (exclusive); absent for none",
				example = "5000.00") BigDecimal maxOrderValue,
		@Schema(description = "ISO 4217, of the costs and order values", example = "USD") @NotBlank String currency,
		@Schema(description = "Cost of a shipment", example = "24.90") @NotNull BigDecimal baseCost,
		@Schema(description = "Added per started kilogram; none when absent", example = "3.00") BigDecimal costPerKg,
		@Schema(description = "Business days from shipping to delivery, 0 to 60",
				example = "2") @NotNull Integer businessDays,
		@Schema(description = "Orders at or after this hour (0 to 23, warehouse time) ship the next business day",
				example = "12") @NotNull Integer cutOffHour) {

	ShippingRuleSpec spec() {
		return new ShippingRuleSpec(blankToNull(this.country), blankToNull(this.postalPrefix), this.mode, this.carrier,
				(this.minWeightGrams != null) ? this.minWeightGrams : 0, this.maxWeightGrams, this.minOrderValue,
				this.maxOrderValue, this.currency, this.baseCost, this.costPerKg, this.businessDays, this.cutOffHour);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

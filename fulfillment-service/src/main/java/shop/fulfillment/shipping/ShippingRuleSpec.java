package shop.fulfillment.shipping;

import java.math.BigDecimal;

/**
 * What a shipping rule says, as an admin writes it.
 *
 * @param country ISO 3166 alpha-2 country, {@code null} for any country
 * @param postalPrefix postal codes starting with this, {@code null} for all
 * @param mode the delivery mode shoppers choose ({@code standard}, {@code express}, ...)
 * @param carrier who carries the parcel
 * @param minWeightGrams lightest shipment it applies to (inclusive)
 * @param maxWeightGrams heaviest (exclusive), {@code null} for no limit
 * @param minOrderValue smallest order value (inclusive), {@code null} for none
 * @param maxOrderValue largest order value (exclusive), {@code null} for none
 * @param currency currency of the costs and order values
 * @param baseCost cost of a shipment
 * @param costPerKg added per started kilogram
 * @param businessDays business days from shipping to delivery
 * @param cutOffHour orders placed at or after this hour (warehouse time) ship the next
 * business day
 */
public record ShippingRuleSpec(String country, String postalPrefix, String mode, String carrier, int minWeightGrams,
		Integer maxWeightGrams, BigDecimal minOrderValue, BigDecimal maxOrderValue, String currency,
		BigDecimal baseCost, BigDecimal costPerKg, int businessDays, int cutOffHour) {

}

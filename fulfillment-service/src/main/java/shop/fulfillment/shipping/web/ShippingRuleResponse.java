package shop.fulfillment.shipping.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import shop.fulfillment.shipping.ShippingRule;

/**
 * A shipping rule; absent bounds and an absent country are shown as {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ShippingRuleResponse(UUID ruleId, String country, String postalPrefix, String mode, String carrier,
		int minWeightGrams, Integer maxWeightGrams, BigDecimal minOrderValue, BigDecimal maxOrderValue, String currency,
		BigDecimal baseCost, BigDecimal costPerKg, int businessDays, int cutOffHour, Instant updatedAt) {

	static ShippingRuleResponse of(ShippingRule rule) {
		return new ShippingRuleResponse(rule.id(), rule.country(), rule.postalPrefix(), rule.mode(), rule.carrier(),
				rule.minWeightGrams(), rule.maxWeightGrams(), plain(rule.minOrderValue()), plain(rule.maxOrderValue()),
				rule.currency(), plain(rule.baseCost()), plain(rule.costPerKg()), rule.businessDays(),
				rule.cutOffHour(), rule.updatedAt());
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}

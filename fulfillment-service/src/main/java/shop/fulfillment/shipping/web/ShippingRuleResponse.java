package shop.fulfillment.shipping.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import shop.fulfillment.shipping.ShippingRule;

/**
 * A shipping rule; absent bounds and an absent country are shown as {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ShippingRuleResponse(@Schema(example = "0195f3d1-4e5f-7a6b-8c7d-9e0f1a2b3c4d") UUID ruleId,
		@Schema(description = "null for any country", example = "US") String country,
		@Schema(description = "null for every postal code", example = "941") String postalPrefix,
		@Schema(example = "express") String mode, @Schema(example = "UPS Express Saver") String carrier,
		@Schema(example = "0") int minWeightGrams,
		@Schema(description = "null for no limit", example = "30000") Integer maxWeightGrams,
		@Schema(description = "null for none", example = "500") BigDecimal minOrderValue,
		@Schema(description = "null for none", example = "5000") BigDecimal maxOrderValue,
		@Schema(example = "USD") String currency, @Schema(example = "24.9") BigDecimal baseCost,
		@Schema(example = "3") BigDecimal costPerKg, @Schema(example = "2") int businessDays,
		@Schema(example = "12") int cutOffHour, @Schema(example = "2026-03-14T09:12:41.503Z") Instant updatedAt) {

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

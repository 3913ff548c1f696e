package shop.fulfillment.shipping.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.fulfillment.shipping.ShippingOption;

/**
 * {@code {options: [{mode, carrier, cost: {amount, currency}, deliveryDate,
 * businessDays}]}}.
 */
record QuoteResponse(@Schema(description = "One option per delivery mode, cheapest first") List<Option> options) {

	static QuoteResponse of(List<ShippingOption> options) {
		return new QuoteResponse(options.stream()
			.map((option) -> new Option(option.mode(), option.carrier(),
					new MoneyResponse(option.cost().formattedAmount(), option.cost().currency()), option.deliveryDate(),
					option.businessDays()))
			.toList());
	}

	/**
	 * One way to ship: the {@code mode} is what checkout's {@code deliveryMode} names.
	 */
	record Option(
			@Schema(description = "The delivery mode, as POST /api/orders takes it", example = "standard") String mode,
			@Schema(example = "UPS Ground") String carrier, MoneyResponse cost,
			@Schema(description = "When it arrives if ordered now", example = "2026-03-20") LocalDate deliveryDate,
			@Schema(description = "Business days in transit", example = "5") int businessDays) {

	}

}

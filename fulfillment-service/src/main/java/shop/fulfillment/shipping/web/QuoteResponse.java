package shop.fulfillment.shipping.web;

import java.time.LocalDate;
import java.util.List;

import shop.fulfillment.shipping.ShippingOption;

/**
 * {@code {options: [{mode, carrier, cost: {amount, currency}, deliveryDate,
 * businessDays}]}}.
 */
record QuoteResponse(List<Option> options) {

	static QuoteResponse of(List<ShippingOption> options) {
		return new QuoteResponse(options.stream()
			.map((option) -> new Option(option.mode(), option.carrier(),
					new MoneyResponse(option.cost().formattedAmount(), option.cost().currency()), option.deliveryDate(),
					option.businessDays()))
			.toList());
	}

	record Option(String mode, String carrier, MoneyResponse cost, LocalDate deliveryDate, int businessDays) {

	}

}

package shop.fulfillment.shipping;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes the options of a shipment from the rules: per mode, the most specific rule
 * that covers the shipment (the cheapest among equally specific ones), its cost and its
 * delivery date.
 */
public final class ShippingQuoter {

	private final DeliveryCalendar calendar;

	public ShippingQuoter(DeliveryCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The options, cheapest first.
	 * @param orderValue the order's value, {@code null} when unknown
	 */
	public List<ShippingOption> quote(List<ShippingRule> rules, String country, String postalCode, int weightGrams,
			Money orderValue, Instant now) {
		String destination = country.toUpperCase(Locale.ROOT);
		Map<String, ShippingRule> best = new LinkedHashMap<>();
		Comparator<ShippingRule> preference = Comparator.comparingInt(ShippingRule::specificity)
			.reversed()
			.thenComparing((rule) -> rule.cost(weightGrams).amount());
		rules.stream()
			.filter((rule) -> rule.covers(destination, postalCode, weightGrams, orderValue))
			.sorted(preference)
			.forEach((rule) -> best.putIfAbsent(rule.mode(), rule));
		return best.values()
			.stream()
			.map((rule) -> new ShippingOption(rule.mode(), rule.carrier(), rule.cost(weightGrams),
					this.calendar.deliveryDate(now, rule.cutOffHour(), rule.businessDays()), rule.businessDays()))
			.sorted(Comparator.comparing((ShippingOption option) -> option.cost().amount())
				.thenComparing(ShippingOption::deliveryDate))
			.toList();
	}

}

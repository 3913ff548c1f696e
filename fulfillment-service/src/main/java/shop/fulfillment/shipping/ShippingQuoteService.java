package shop.fulfillment.shipping;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.fulfillment.FulfillmentProperties;
import shop.fulfillment.client.CatalogClient.CatalogProduct;
import shop.fulfillment.client.CatalogProducts;

/**
 * Quotes a shipment: the weight of its lines from catalog, the rules of the destination
 * from the database, the dates from the warehouse's calendar.
 */
@Service
public class ShippingQuoteService {

	private static final List<String> COUNTRIES = Arrays.asList(Locale.getISOCountries());

	private final ShippingRuleRepository rules;

	private final CatalogProducts catalog;

	private final FulfillmentProperties properties;

	private final ShippingQuoter quoter;

	private final Clock clock;

	public ShippingQuoteService(ShippingRuleRepository rules, CatalogProducts catalog, FulfillmentProperties properties,
			Clock clock) {
		this.rules = rules;
		this.catalog = catalog;
		this.properties = properties;
		this.quoter = new ShippingQuoter(new DeliveryCalendar(properties.warehouseZone()));
		this.clock = clock;
	}

	/**
	 * The shipping options for {@code lines} (product id to quantity).
	 * @param orderValue the order's value, {@code null} when unknown (then rules with an
	 * order-value band do not apply)
	 * @throws ShopException 404 {@code PRODUCT_NOT_FOUND} for a product catalog does not
	 * sell, 422 {@code NO_SHIPPING_OPTION} when no rule covers the shipment
	 */
	@Transactional(readOnly = true)
	public List<ShippingOption> quote(String country, String postalCode, Map<UUID, Integer> lines, Money orderValue) {
		String destination = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		if (destination == null || !COUNTRIES.contains(destination)) {
			throw ValidationException.of("country", "must be an ISO 3166 alpha-2 country code such as US");
		}
		Map<UUID, CatalogProduct> products = this.catalog.requireActive(lines.keySet());
		long weight = 0;
		for (Map.Entry<UUID, Integer> line : lines.entrySet()) {
			Integer grams = products.get(line.getKey()).weightGrams();
			weight += (long) ((grams != null) ? grams : this.properties.defaultWeightGrams()) * line.getValue();
		}
		List<ShippingOption> options = this.quoter.quote(this.rules.findForCountry(destination), destination,
				postalCode, (int) Math.min(weight, Integer.MAX_VALUE), orderValue, this.clock.instant());
		if (options.isEmpty()) {
			throw ShopException.unprocessable("NO_SHIPPING_OPTION", "No shipping option",
					"Nothing ships " + weight + " g to " + destination);
		}
		return options;
	}

}

package shop.fulfillment.shipping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.fulfillment.FulfillmentProperties;
import shop.fulfillment.client.CatalogClient.CatalogProduct;
import shop.fulfillment.client.CatalogProducts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ShippingQuoteServiceTests {

	private static final Instant FRIDAY_AFTER_CUT_OFF = Instant.parse("2026-03-06T15:30:00Z");

	private static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");

	private final UUID laptop = UUID.randomUUID();

	private final ShippingRuleRepository repository = mock(ShippingRuleRepository.class);

	private final CatalogProducts catalog = mock(CatalogProducts.class);

	private final FulfillmentProperties properties = new FulfillmentProperties(Duration.ofMinutes(30),
			Duration.ofHours(24), Duration.ofSeconds(15), ZoneId.of("Europe/Berlin"), 1000, 500);

	ShippingQuoteServiceTests() {
		given(this.catalog.requireActive(any()))
			.willReturn(Map.of(this.laptop, new CatalogProduct(this.laptop, "LT-1", 2300, true)));
	}

	@Test
	void quotesEachModeWithItsCostAndADeliveryDatePastTheWeekendAfterTheCutOff() {
		given(this.repository.findForCountry("DE"))
			.willReturn(List.of(rule("DE", null, "standard", 0, null, null, "4.90", "0.50", 2, 15),
					rule("DE", null, "express", 0, null, null, "12.90", "1.00", 1, 12)));
		List<ShippingOption> options = service(FRIDAY_AFTER_CUT_OFF).quote("de", "10115", Map.of(this.laptop, 2), null);
		assertThat(options).extracting(ShippingOption::mode).containsExactly("standard", "express");
		// 4,600 g: five started kilograms
		assertThat(options.get(0).cost()).isEqualTo(new Money(new BigDecimal("7.40"), "USD"));
		assertThat(options.get(1).cost()).isEqualTo(new Money(new BigDecimal("17.90"), "USD"));
		// 16:30 in Berlin on a Friday: ships Monday 9th
		assertThat(options.get(0).deliveryDate()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(options.get(1).deliveryDate()).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void prefersTheMostSpecificRuleAndOffersOrderValueBandsOnlyForAKnownValue() {
		given(this.repository.findForCountry("US"))
			.willReturn(List.of(rule(null, null, "standard", 0, null, null, "29.90", "4.00", 10, 12),
					rule("US", null, "standard", 0, null, null, "9.90", "1.50", 5, 14),
					rule("US", null, "standard", 0, null, new BigDecimal("500"), "0", "0", 5, 14),
					rule(null, null, "express", 0, null, null, "59.90", "8.00", 5, 11)));
		ShippingQuoteService service = service(NOW);
		List<ShippingOption> unknownValue = service.quote("US", null, Map.of(this.laptop, 1), null);
		assertThat(unknownValue).extracting((option) -> option.cost().amount().toPlainString())
			.containsExactly("14.40", "83.90");
		List<ShippingOption> bigOrder = service.quote("US", null, Map.of(this.laptop, 1),
				new Money(new BigDecimal("999.00"), "USD"));
		assertThat(bigOrder.get(0).cost().amount()).isEqualByComparingTo("0");
		List<ShippingOption> smallOrder = service.quote("US", null, Map.of(this.laptop, 1),
				new Money(new BigDecimal("99.00"), "USD"));
		assertThat(smallOrder.get(0).cost().amount()).isEqualByComparingTo("14.40");
	}

	@Test
	void respectsWeightBandsAndAnswersNoOptionWhenNothingCovers() {
		given(this.repository.findForCountry("FR"))
			.willReturn(List.of(rule("FR", null, "standard", 0, 2000, null, "6.90", "0", 3, 14)));
		ShippingQuoteService service = service(NOW);
		assertThat(service.quote("FR", null, Map.of(this.laptop, 0), null)).hasSize(1);
		assertThatThrownBy(() -> service.quote("FR", null, Map.of(this.laptop, 1), null))
			.isInstanceOfSatisfying(ShopException.class, (ex) -> assertThat(ex.code()).isEqualTo("NO_SHIPPING_OPTION"));
		assertThatThrownBy(() -> service.quote("XX", null, Map.of(this.laptop, 1), null))
			.isInstanceOf(ValidationException.class);
	}

	private ShippingQuoteService service(Instant now) {
		return new ShippingQuoteService(this.repository, this.catalog, this.properties,
				Clock.fixed(now, ZoneOffset.UTC));
	}

	private static ShippingRule rule(String country, String postalPrefix, String mode, int minWeight, Integer maxWeight,
			BigDecimal minOrderValue, String baseCost, String perKg, int days, int cutOff) {
		return new ShippingRule(
				UUID.randomUUID(), new ShippingRuleSpec(country, postalPrefix, mode, "Carrier", minWeight, maxWeight,
						minOrderValue, null, "USD", new BigDecimal(baseCost), new BigDecimal(perKg), days, cutOff),
				NOW);
	}

}

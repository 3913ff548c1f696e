package shop.fulfillment.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCalendarTests {

	// Berlin is UTC+1 in early March 2026; 2026-03-06 is a Friday
	private final DeliveryCalendar calendar = new DeliveryCalendar(ZoneId.of("Europe/Berlin"));

	@Test
	void shipsTheSameBusinessDayBeforeTheCutOff() {
		Instant fridayMorning = Instant.parse("2026-03-06T09:00:00Z");
		assertThat(this.calendar.shipDate(fridayMorning, 14)).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(this.calendar.deliveryDate(fridayMorning, 14, 0)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void skipsTheWeekendBetweenShippingAndDelivery() {
		Instant fridayMorning = Instant.parse("2026-03-06T09:00:00Z");
		assertThat(this.calendar.deliveryDate(fridayMorning, 14, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		Instant thursday = Instant.parse("2026-03-05T12:59:00Z");
		assertThat(this.calendar.deliveryDate(thursday, 14, 3)).isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void shipsTheNextBusinessDayAtOrAfterTheCutOff() {
		Instant fridayAtCutOff = Instant.parse("2026-03-06T13:00:00Z");
		assertThat(this.calendar.shipDate(fridayAtCutOff, 14)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(this.calendar.deliveryDate(fridayAtCutOff, 14, 1)).isEqualTo(LocalDate.of(2026, 3, 10));
		Instant wednesdayEvening = Instant.parse("2026-03-04T17:00:00Z");
		assertThat(this.calendar.deliveryDate(wednesdayEvening, 12, 2)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void shipsWeekendOrdersOnMonday() {
		Instant saturday = Instant.parse("2026-03-07T08:00:00Z");
		assertThat(this.calendar.shipDate(saturday, 14)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(this.calendar.deliveryDate(saturday, 14, 2)).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void countsHoursInTheWarehousesTimeZone() {
		// 23:30 UTC on Friday is already Saturday in Berlin
		Instant fridayNightUtc = Instant.parse("2026-03-06T23:30:00Z");
		assertThat(this.calendar.shipDate(fridayNightUtc, 14)).isEqualTo(LocalDate.of(2026, 3, 9));
		DeliveryCalendar newYork = new DeliveryCalendar(ZoneId.of("America/New_York"));
		assertThat(newYork.shipDate(fridayNightUtc, 20)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

}

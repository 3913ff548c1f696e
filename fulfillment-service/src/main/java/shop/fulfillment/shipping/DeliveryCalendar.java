package shop.fulfillment.shipping;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business days in the warehouse's time zone: Monday to Friday. An order ships on the day
 * it is placed when that is a business day before the cut-off hour, otherwise on the next
 * business day; it is delivered the given number of business days after shipping.
 */
public final class DeliveryCalendar {

	private final ZoneId zone;

	public DeliveryCalendar(ZoneId zone) {
		this.zone = zone;
	}

	public LocalDate shipDate(Instant orderedAt, int cutOffHour) {
		ZonedDateTime local = orderedAt.atZone(this.zone);
		LocalDate day = local.toLocalDate();
		if (!isBusinessDay(day) || local.getHour() >= cutOffHour) {
			return nextBusinessDay(day);
		}
		return day;
	}

	public LocalDate deliveryDate(Instant orderedAt, int cutOffHour, int businessDays) {
		LocalDate day = shipDate(orderedAt, cutOffHour);
		for (int i = 0; i < businessDays; i++) {
			day = nextBusinessDay(day);
		}
		return day;
	}

	static boolean isBusinessDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static LocalDate nextBusinessDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isBusinessDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

}

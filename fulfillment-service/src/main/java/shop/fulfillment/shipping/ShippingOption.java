package shop.fulfillment.shipping;

import java.time.LocalDate;

/**
 * One way to ship a quoted shipment.
 *
 * @param mode the delivery mode
 * @param carrier the carrier
 * @param cost what it costs
 * @param deliveryDate when it arrives
 * @param businessDays business days in transit
 */
public record ShippingOption(String mode, String carrier, Money cost, LocalDate deliveryDate, int businessDays) {

}

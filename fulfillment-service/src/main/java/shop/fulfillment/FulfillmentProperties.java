package shop.fulfillment;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of fulfillment-service, under {@code shop.fulfillment}.
 *
 * @param reservationTtl how long reserved stock is held without cart activity
 * ({@code CART_RESERVATION_TTL})
 * @param maxReservationTtl the longest hold a caller may ask for
 * @param expirySweepInterval pause between two runs of the job that releases expired
 * reservations
 * @param warehouseZone the warehouse's time zone: cut-off hours and business days are
 * counted there
 * @param defaultWeightGrams the shipping weight of a product whose weight the catalog
 * does not know
 * @param batchLimit the most products one internal lookup may ask for
 */
@ConfigurationProperties("shop.fulfillment")
public record FulfillmentProperties(@DefaultValue("30m") Duration reservationTtl,
		@DefaultValue("24h") Duration maxReservationTtl, @DefaultValue("15s") Duration expirySweepInterval,
		@DefaultValue("Europe/Berlin") ZoneId warehouseZone, @DefaultValue("1000") int defaultWeightGrams,
		@DefaultValue("500") int batchLimit) {

}

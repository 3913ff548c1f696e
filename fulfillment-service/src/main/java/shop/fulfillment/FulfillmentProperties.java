package shop.fulfillment;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of fulfillment-service, under {@code shop.fulfillment}.
 */
@ConfigurationProperties("shop.fulfillment")
public record FulfillmentProperties(@DefaultValue("30m") Duration reservationTtl,
		@DefaultValue("Europe/Berlin") ZoneId warehouseZone) {

}

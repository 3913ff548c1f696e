package shop.cart;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cart-service, under {@code shop.cart}.
 */
@ConfigurationProperties("shop.cart")
public record CartProperties(@DefaultValue("30m") Duration reservationTtl, @DefaultValue("100") int maxLines,
		@DefaultValue("999") int maxQuantity) {

}

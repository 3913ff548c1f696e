package shop.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of orders-service, under {@code shop.orders}.
 */
@ConfigurationProperties("shop.orders")
public record OrdersProperties(@DefaultValue("30m") Duration approvalTimeout,
		@DefaultValue("24h") Duration idempotencyKeyRetention) {

}

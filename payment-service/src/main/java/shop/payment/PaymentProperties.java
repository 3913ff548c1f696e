package shop.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of payment-service, under {@code shop.payment}.
 */
@ConfigurationProperties("shop.payment")
public record PaymentProperties(@DefaultValue("http://localhost:8092") String paypalBaseUrl,
		@DefaultValue("http://localhost:8092") String paypalWebUrl, String paypalClientId, String paypalClientSecret) {

}

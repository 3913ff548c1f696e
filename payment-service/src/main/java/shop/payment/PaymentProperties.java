package shop.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of payment-service, under {@code shop.payment}.
 *
 * @param paypalBaseUrl PayPal's REST API ({@code PAYPAL_BASE_URL}: the sandbox, live, or
 * the simulator locally)
 * @param paypalWebUrl PayPal's web pages ({@code PAYPAL_WEB_URL})
 * @param paypalClientId the REST app's client id ({@code PAYPAL_CLIENT_ID})
 * @param paypalClientSecret its secret ({@code PAYPAL_CLIENT_SECRET})
 * @param paypalWebhookId the id of the webhook PayPal signs its events for
 * ({@code PAYPAL_WEBHOOK_ID})
 * @param paypalConnectTimeout how long to wait for a connection to PayPal
 * @param paypalReadTimeout how long to wait for PayPal's answer
 * @param paypalTokenRefreshMargin how long before its expiry an access token is replaced
 * @param brandName the shop's name on PayPal's pages
 */
@ConfigurationProperties("shop.payment")
public record PaymentProperties(@DefaultValue("http://localhost:8092") String paypalBaseUrl,
		@DefaultValue("http://localhost:8092") String paypalWebUrl, String paypalClientId, String paypalClientSecret,
		@DefaultValue("local-simulator-webhook") String paypalWebhookId,
		@DefaultValue("3s") Duration paypalConnectTimeout, @DefaultValue("15s") Duration paypalReadTimeout,
		@DefaultValue("60s") Duration paypalTokenRefreshMargin, @DefaultValue("Wholesale Shop") String brandName) {

}

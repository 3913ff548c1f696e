package shop.pricing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of pricing-service, under {@code shop.pricing}.
 *
 * @param batchLimit the most products one internal lookup may ask for
 * @param defaultCurrency the currency a lookup answers in when it names none
 * @param outbox how price changes are delivered to catalog's read model
 */
@ConfigurationProperties("shop.pricing")
public record PricingProperties(@DefaultValue("500") int batchLimit, @DefaultValue("USD") String defaultCurrency,
		@DefaultValue Outbox outbox) {

	/**
	 * The outbox relay's rhythm.
	 *
	 * @param relayInterval pause between two runs of the relay
	 * @param retryBackoff wait before the first retry of a failed delivery, doubled on
	 * each further failure
	 * @param maxBackoff the longest wait between two retries
	 * @param batchSize messages delivered in one call
	 */
	public record Outbox(@DefaultValue("5s") Duration relayInterval, @DefaultValue("1s") Duration retryBackoff,
			@DefaultValue("5m") Duration maxBackoff, @DefaultValue("200") int batchSize) {

	}

}

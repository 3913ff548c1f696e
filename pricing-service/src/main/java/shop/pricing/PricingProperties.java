package shop.pricing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of pricing-service, under {@code shop.pricing}.
 *
 * @param batchLimit the most products one internal lookup may ask for
 * @param defaultCurrency the currency a lookup answers in when it names none
 */
@ConfigurationProperties("shop.pricing")
public record PricingProperties(@DefaultValue("500") int batchLimit, @DefaultValue("USD") String defaultCurrency) {

}

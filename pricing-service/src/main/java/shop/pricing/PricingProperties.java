package shop.pricing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of pricing-service, under {@code shop.pricing}.
 */
@ConfigurationProperties("shop.pricing")
public record PricingProperties(@DefaultValue("500") int batchLimit) {

}

package shop.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of health-service, under {@code shop.health}.
 */
@ConfigurationProperties("shop.health")
public record HealthProperties(@DefaultValue("2s") Duration timeout, @DefaultValue("5s") Duration cacheFor) {

}

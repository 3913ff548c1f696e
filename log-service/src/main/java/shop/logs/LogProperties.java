package shop.logs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of log-service, under {@code shop.logs}.
 */
@ConfigurationProperties("shop.logs")
public record LogProperties(@DefaultValue("100") int maxEventsPerObject, @DefaultValue("5s") Duration flushInterval,
		@DefaultValue(".fleet/log-store") String storeDirectory, @DefaultValue("14") int retentionDays) {

}

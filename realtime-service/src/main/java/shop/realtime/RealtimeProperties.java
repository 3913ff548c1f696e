package shop.realtime;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of realtime-service, under {@code shop.realtime}.
 */
@ConfigurationProperties("shop.realtime")
public record RealtimeProperties(@DefaultValue("5") int maxConnectionsPerUser,
		@DefaultValue("65536") int maxMessageBytes, @DefaultValue("10m") Duration idleTimeout) {

}

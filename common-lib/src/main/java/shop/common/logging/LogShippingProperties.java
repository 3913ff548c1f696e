package shop.common.logging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How a service ships its log events to log-service, under {@code shop.logs.shipping}.
 *
 * @param enabled whether to ship at all ({@code SHOP_LOG_SHIPPING_ENABLED}, off by
 * default)
 * @param url log-service's base URL (default {@code shop.services.log-service})
 * @param apiKey this service's internal API key (default {@code shop.internal.api-key})
 * @param logServiceName the name of log-service itself, which never ships its own events
 * to itself
 * @param minimumLevel the least severe level shipped
 * @param batchSize events per call to log-service (log-service accepts up to 1,000)
 * @param bufferSize events held in memory before new ones are dropped and counted
 * @param flushInterval how long a partial batch waits for more events
 * @param spoolDirectory where batches wait on disk while log-service cannot be reached
 * @param spoolMaxSize the spool's bound; batches beyond it are dropped and counted
 * @param retryInterval the first wait before the spool is retried (doubles to
 * {@code maxRetryInterval})
 * @param maxRetryInterval the longest wait between retries
 * @param timeout the time limit of one call to log-service
 * @param shutdownTimeout how long a clean shutdown may spend delivering what is buffered
 * before it spools the rest
 */
@ConfigurationProperties("shop.logs.shipping")
public record LogShippingProperties(@DefaultValue("false") boolean enabled, String url, String apiKey,
		@DefaultValue("log-service") String logServiceName, @DefaultValue("INFO") String minimumLevel,
		@DefaultValue("250") int batchSize, @DefaultValue("10000") int bufferSize,
		@DefaultValue("1s") Duration flushInterval, String spoolDirectory, @DefaultValue("64MB") DataSize spoolMaxSize,
		@DefaultValue("2s") Duration retryInterval, @DefaultValue("60s") Duration maxRetryInterval,
		@DefaultValue("5s") Duration timeout, @DefaultValue("10s") Duration shutdownTimeout) {

	public LogShippingProperties {
		if (batchSize < 1 || batchSize > 1000) {
			throw new IllegalArgumentException("shop.logs.shipping.batch-size must be between 1 and 1000");
		}
		if (bufferSize < batchSize) {
			throw new IllegalArgumentException("shop.logs.shipping.buffer-size must be at least the batch size");
		}
	}

}

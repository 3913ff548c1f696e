package shop.common.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much a service works on at once ({@link ConcurrencyLimitFilter}).
 *
 * @param maxConcurrentRequests requests handled at the same time
 * @param queueWait how long one more request may wait for a slot before a 503
 */
@ConfigurationProperties("shop.web")
public record WebLimitsProperties(@DefaultValue("64") int maxConcurrentRequests,
		@DefaultValue("2s") Duration queueWait) {

	public WebLimitsProperties {
		if (maxConcurrentRequests < 1) {
			throw new IllegalArgumentException("shop.web.max-concurrent-requests must be at least 1");
		}
	}

}

package shop.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the gateway, under {@code shop.gateway}.
 *
 * @param maxBodySize the largest request body accepted (413 above it)
 * @param corsAllowedOrigins origins allowed to call the API from a browser
 * @param authServiceUrl where auth-service answers the session check
 * @param sessionCheckTimeout how long the session check may take before the request is
 * answered 503
 * @param trustedProxyHops how many proxies in front of the gateway append the client's
 * address to {@code X-Forwarded-For} (0: the connection's address is the client's)
 * @param redisUrl Redis for rate-limit buckets shared by every gateway instance
 * ({@code SHOP_REDIS_URL}); without it each instance limits in memory
 * @param rateLimit the request rate limits
 */
@ConfigurationProperties("shop.gateway")
public record GatewayProperties(@DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("http://localhost:3000") List<String> corsAllowedOrigins,
		@DefaultValue("http://localhost:8081") String authServiceUrl, @DefaultValue("2s") Duration sessionCheckTimeout,
		@DefaultValue("0") int trustedProxyHops, String redisUrl, @DefaultValue RateLimit rateLimit) {

	/**
	 * Token buckets per client address and per user: a bucket holds up to
	 * {@code burstCapacity} requests and refills at {@code replenishRate} per second.
	 *
	 * @param perIpReplenishRate requests per second per client address
	 * @param perIpBurstCapacity burst per client address
	 * @param perUserReplenishRate requests per second per signed-in user
	 * @param perUserBurstCapacity burst per signed-in user
	 */
	public record RateLimit(@DefaultValue("20") int perIpReplenishRate, @DefaultValue("40") int perIpBurstCapacity,
			@DefaultValue("10") int perUserReplenishRate, @DefaultValue("20") int perUserBurstCapacity) {

	}

}

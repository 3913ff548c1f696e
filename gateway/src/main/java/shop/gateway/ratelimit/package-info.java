/**
 * Request rate limits per client address and per signed-in user, applied by Spring Cloud
 * Gateway's {@code RequestRateLimiter} on every route: token buckets in Redis when
 * {@code SHOP_REDIS_URL} is set (shared by every gateway instance), in memory otherwise;
 * a refused request gets 429 with {@code Retry-After}.
 */
package shop.gateway.ratelimit;

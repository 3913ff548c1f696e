/**
 * The product cache: Caffeine in each instance by default, Redis (shared by every
 * instance) when {@code SHOP_REDIS_URL} is set. Evictions and puts made inside a
 * transaction take effect after it commits, so a reader never caches a product's state
 * from before an admin change.
 */
package shop.catalog.cache;

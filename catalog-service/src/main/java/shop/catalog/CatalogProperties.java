package shop.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of catalog-service, under {@code shop.catalog}.
 *
 * @param productCacheTtl how long a product document stays cached
 * @param productCacheSize how many product documents the in-process cache holds
 * @param currency the currency shoppers see and price filters and sorts use
 * @param redisUrl when set ({@code SHOP_REDIS_URL}), product documents are cached in
 * Redis, shared by every instance; otherwise in each instance's memory (Caffeine)
 * @param bulkLimit the most products one admin bulk request may create
 */
@ConfigurationProperties("shop.catalog")
public record CatalogProperties(@DefaultValue("10m") Duration productCacheTtl,
		@DefaultValue("10000") long productCacheSize, @DefaultValue("USD") String currency, String redisUrl,
		@DefaultValue("1000") int bulkLimit) {

}

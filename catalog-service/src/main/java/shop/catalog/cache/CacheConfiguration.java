package shop.catalog.cache;

import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext;

import shop.catalog.CatalogProperties;
import shop.catalog.product.CatalogEntry;
import shop.catalog.product.ProductCatalog;

/**
 * Chooses the cache by {@code shop.catalog.redis-url}, and reports it as the
 * {@code cache} health component.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${shop.catalog.redis-url:}' == ''")
	static class InProcess {

		@Bean
		CacheManager cacheManager(CatalogProperties properties) {
			CaffeineCacheManager caffeine = new CaffeineCacheManager(ProductCatalog.CACHE);
			caffeine.setCaffeine(Caffeine.newBuilder()
				.maximumSize(properties.productCacheSize())
				.expireAfterWrite(properties.productCacheTtl()));
			caffeine.setAllowNullValues(false);
			return new TransactionAwareCacheManagerProxy(caffeine);
		}

		@Bean
		HealthIndicator cacheHealthIndicator() {
			return () -> Health.up().withDetail("type", "caffeine").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${shop.catalog.redis-url:}' != ''")
	static class Shared {

		@Bean
		CacheManager cacheManager(RedisConnectionFactory connections, CatalogProperties properties) {
			RedisCacheConfiguration entries = RedisCacheConfiguration.defaultCacheConfig()
				.entryTtl(properties.productCacheTtl())
				.disableCachingNullValues()
				.prefixCacheNameWith("catalog:")
				.serializeValuesWith(RedisSerializationContext.SerializationPair
					.fromSerializer(new JacksonJsonRedisSerializer<>(CatalogEntry.class)));
			return new TransactionAwareCacheManagerProxy(RedisCacheManager.builder(connections)
				.cacheDefaults(entries)
				.initialCacheNames(Set.of(ProductCatalog.CACHE))
				.build());
		}

		@Bean
		HealthIndicator cacheHealthIndicator(RedisConnectionFactory connections) {
			return () -> {
				try (RedisConnection connection = connections.getConnection()) {
					return Health.up().withDetail("type", "redis").withDetail("ping", connection.ping()).build();
				}
				catch (RuntimeException ex) {
					return Health.down(ex).withDetail("type", "redis").build();
				}
			};
		}

	}

}

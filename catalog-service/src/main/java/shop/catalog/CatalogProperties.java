package shop.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of catalog-service, under {@code shop.catalog}.
 */
@ConfigurationProperties("shop.catalog")
public record CatalogProperties(@DefaultValue("10m") Duration productCacheTtl) {

}

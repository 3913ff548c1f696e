package shop.catalog.readmodel;

import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.catalog.CatalogProperties;
import shop.catalog.product.ProductCatalog;

/**
 * Applies the changes other services push. Each update only takes effect when its change
 * is at least as new as the one stored.
 */
@Service
public class ReadModelService {

	private final JdbcClient jdbc;

	private final CacheManager caches;

	private final String currency;

	public ReadModelService(JdbcClient jdbc, CacheManager caches, CatalogProperties properties) {
		this.jdbc = jdbc;
		this.caches = caches;
		this.currency = properties.currency();
	}

	/**
	 * Takes the prices in the catalog's currency; prices in other currencies are not used
	 * by lists and are ignored.
	 */
	@Transactional
	public void applyPrices(List<PriceChange> changes) {
		for (PriceChange change : changes) {
			if (!this.currency.equals(change.currency().toUpperCase(Locale.ROOT))) {
				continue;
			}
			this.jdbc.sql("""
					update products set price_amount = :amount, price_changed_at = :changedAt
					where id = :id and (price_changed_at is null or price_changed_at <= :changedAt)""")
				.param("amount", change.amount())
				.param("changedAt", Timestamp.from(change.changedAt()))
				.param("id", change.productId())
				.update();
		}
	}

	@Transactional
	public void applyStock(List<StockChange> changes) {
		for (StockChange change : changes) {
			this.jdbc.sql("""
					update products set available = :available, stock_changed_at = :changedAt
					where id = :id and (stock_changed_at is null or stock_changed_at <= :changedAt)""")
				.param("available", change.available())
				.param("changedAt", Timestamp.from(change.changedAt()))
				.param("id", change.productId())
				.update();
		}
	}

	/**
	 * Takes rating summaries and evicts the products' cached entries (they show the
	 * rating), after commit.
	 */
	@Transactional
	public void applyRatings(List<RatingChange> changes) {
		Cache cache = this.caches.getCache(ProductCatalog.CACHE);
		for (RatingChange change : changes) {
			int updated = this.jdbc.sql("""
					update products set rating_average = :average, rating_count = :count, rating_changed_at = :changedAt
					where id = :id and (rating_changed_at is null or rating_changed_at <= :changedAt)""")
				.param("average", (change.count() > 0) ? change.average().setScale(2, RoundingMode.HALF_UP) : null)
				.param("count", change.count())
				.param("changedAt", Timestamp.from(change.changedAt()))
				.param("id", change.productId())
				.update();
			if (updated > 0 && cache != null) {
				cache.evict(change.productId());
			}
		}
	}

}

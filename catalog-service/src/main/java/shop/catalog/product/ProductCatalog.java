package shop.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shop.common.web.ShopException;

/**
 * Reads single products: the cached entries shoppers see, and the lookups of other
 * services.
 */
@Component
public class ProductCatalog {

	/**
	 * The cache of {@link CatalogEntry} by product id, evicted after every admin change
	 * and rating change of the product.
	 */
	public static final String CACHE = "products";

	private final JdbcClient jdbc;

	private final ProductSearch search;

	private final ProductRepository products;

	public ProductCatalog(JdbcClient jdbc, ProductSearch search, ProductRepository products) {
		this.jdbc = jdbc;
		this.search = search;
		this.products = products;
	}

	/**
	 * A live product's entry, from the cache when there.
	 * @throws ShopException 404 for an unknown or deleted product
	 */
	@Cacheable(cacheNames = CACHE, key = "#productId")
	@Transactional(readOnly = true)
	public CatalogEntry find(UUID productId) {
		return this.jdbc
			.sql("select " + ProductSearch.COLUMNS + " from products p where p.id = ? and p.deleted_at is null")
			.param(productId)
			.query(this.search::entry)
			.optional()
			.orElseThrow(() -> ShopException.notFound("Product", productId));
	}

	/**
	 * Products by id, deleted ones included; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public List<Product> lookup(Collection<UUID> productIds) {
		return productIds.isEmpty() ? List.of() : this.products.findAllById(productIds);
	}

}

package shop.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.catalog.CatalogProperties;
import shop.catalog.category.CategoryService;
import shop.catalog.client.LiveOffers;
import shop.common.util.Ids;
import shop.common.web.PageResponse;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;

/**
 * The catalog's products: what admins change, and what shoppers see (the catalog's
 * entries with live price and stock).
 */
@Service
public class ProductService {

	private final ProductRepository products;

	private final ProductCatalog catalog;

	private final ProductSearch search;

	private final CategoryService categories;

	private final LiveOffers offers;

	private final CatalogProperties properties;

	private final Clock clock;

	public ProductService(ProductRepository products, ProductCatalog catalog, ProductSearch search,
			CategoryService categories, LiveOffers offers, CatalogProperties properties, Clock clock) {
		this.products = products;
		this.catalog = catalog;
		this.search = search;
		this.categories = categories;
		this.offers = offers;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Adds a product. An unknown category is created as a root category.
	 * @throws ShopException 409 {@code SKU_TAKEN} when a live product has the SKU
	 */
	@Transactional
	public Product create(ProductSpec spec) {
		return createAll(List.of(spec)).get(0);
	}

	/**
	 * Adds many products in one transaction: all or none.
	 * @throws ValidationException for too many products; an unknown category is created
	 * @throws ShopException 409 {@code SKU_TAKEN} when a SKU is taken or repeated
	 */
	@Transactional
	public List<Product> createAll(List<ProductSpec> specs) {
		if (specs.size() > this.properties.bulkLimit()) {
			throw ValidationException.of("products", "must contain at most " + this.properties.bulkLimit());
		}
		Set<String> skus = new HashSet<>();
		java.util.Map<String, String> slugs = new java.util.HashMap<>();
		List<ProductSpec> resolved = new ArrayList<>();
		for (ProductSpec spec : specs) {
			if (!skus.add(spec.sku())) {
				throw skuTaken(spec.sku());
			}
			String slug = slugs.computeIfAbsent(spec.document().category(), this.categories::ensure);
			resolved.add(new ProductSpec(spec.sku(), spec.document().inCategory(slug)));
		}
		List<String> taken = this.products.findLiveSkus(skus);
		if (!taken.isEmpty()) {
			throw skuTaken(taken.get(0));
		}
		Instant now = this.clock.instant();
		List<Product> created = new ArrayList<>();
		for (ProductSpec spec : resolved) {
			created.add(new Product(Ids.newId(this.clock), spec.sku(), spec.document(), now));
		}
		return saveAll(created);
	}

	/**
	 * Replaces a product's SKU and document.
	 * @throws ShopException 404 for an unknown or deleted product, 409 {@code SKU_TAKEN}
	 */
	@Transactional
	@CacheEvict(cacheNames = ProductCatalog.CACHE, key = "#productId")
	public Product update(UUID productId, ProductSpec spec) {
		Product product = live(productId);
		ProductDocument document = spec.document().inCategory(this.categories.ensure(spec.document().category()));
		if (this.products.skuTakenByAnother(spec.sku(), productId)) {
			throw skuTaken(spec.sku());
		}
		product.update(spec.sku(), document, this.clock.instant());
		return saveAll(List.of(product)).get(0);
	}

	/**
	 * Soft-deletes a product: gone for shoppers, from lists and from counts.
	 * @throws ShopException 404 for an unknown or already deleted product
	 */
	@Transactional
	@CacheEvict(cacheNames = ProductCatalog.CACHE, key = "#productId")
	public void delete(UUID productId) {
		live(productId).delete(this.clock.instant());
	}

	/**
	 * One product as shoppers see it.
	 * @throws ShopException 404 for an unknown or deleted product
	 */
	public ShownProduct show(UUID productId) {
		CatalogEntry entry = this.catalog.find(productId);
		return ShownProduct.of(entry, this.offers.of(List.of(productId)));
	}

	/**
	 * A page of products as shoppers see them.
	 */
	public PageResponse<ShownProduct> list(ProductQuery query) {
		ProductSearch.Result result = this.search.search(query);
		LiveOffers.Offers live = this.offers.of(result.items().stream().map(CatalogEntry::productId).toList());
		return PageResponse.of(result.items().stream().map((entry) -> ShownProduct.of(entry, live)).toList(),
				query.page(), result.total());
	}

	private Product live(UUID productId) {
		return this.products.findById(productId)
			.filter((product) -> !product.isDeleted())
			.orElseThrow(() -> ShopException.notFound("Product", productId));
	}

	private List<Product> saveAll(List<Product> products) {
		try {
			return this.products.saveAllAndFlush(products);
		}
		catch (DataIntegrityViolationException ex) {
			throw ShopException.conflict("SKU_TAKEN", "SKU taken",
					"Another product was given one of these SKUs at the same time");
		}
	}

	private static ShopException skuTaken(String sku) {
		return ShopException.conflict("SKU_TAKEN", "SKU taken", "A product with SKU " + sku + " exists")
			.with("sku", sku);
	}

}

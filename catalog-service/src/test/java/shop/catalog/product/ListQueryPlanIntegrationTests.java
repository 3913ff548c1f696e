package shop.catalog.product;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import shop.catalog.CatalogIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list query at 100,000 products reads through indexes, never a sequential scan of
 * the products: the plans PostgreSQL chooses for the statements {@link ProductSearch}
 * builds, for the plain page and every filter and sort.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ListQueryPlanIntegrationTests extends CatalogIntegrationTest {

	private static final int PRODUCTS = 100_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProductSearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void hundredThousandProducts() {
		this.jdbc
			.sql("""
					insert into products (id, sku, document, created_at, updated_at, price_amount, price_changed_at,
					                      available, stock_changed_at, rating_average, rating_count, rating_changed_at)
					select gen_random_uuid(), 'PLAN-' || i,
					       jsonb_build_object(
					           'name', (array['Aurora','Blaze','Canyon','Delta','Echo','Falcon','Granite','Harbor'])[1 + i % 8]
					                   || ' ' || (array['Laptop','Phone','Monitor','Router','Switch','SSD','Dock','Cable'])[1 + (i / 8) % 8]
					                   || ' ' || i,
					           'brand', (array['Lenovo','ASUS','Dell','HP','Samsung','Apple','Netgear','Cisco','Seagate','Anker'])[1 + i % 10]
					                    || (i % 7),
					           'category', 'plan-category-' || (i % 40),
					           'description', 'Wholesale item ' || i || ' for business buyers, '
					                          || (array['fast','quiet','rugged','compact','wireless'])[1 + i % 5] || ' model',
					           'attributes', jsonb_build_object('color', (array['black','silver','white','blue'])[1 + i % 4],
					                                            'warranty', (1 + i % 3) || 'y'),
					           'images', jsonb_build_array('https://img.example/' || i || '.jpg'),
					           'weightGrams', 200 + i % 3000),
					       now() - make_interval(secs => i), now(),
					       ((i * 7919) % 250000) / 100.0 + 5, now(),
					       case when i % 9 = 0 then 0 else i % 60 end, now(),
					       case when i % 5 = 0 then null else 1 + (i % 41) / 10.0 end, i % 200, now()
					from generate_series(1, :count) i""")
			.param("count", PRODUCTS)
			.update();
		this.jdbc.sql("""
				insert into categories (id, slug, name, created_at)
				select gen_random_uuid(), 'plan-category-' || i, 'Plan category ' || i, now()
				from generate_series(0, 39) i""").update();
		this.jdbc.sql("analyze products").update();
	}

	@AfterAll
	void removeThem() {
		this.jdbc.sql("delete from products where sku like 'PLAN-%'").update();
		this.jdbc.sql("delete from categories where slug like 'plan-category-%'").update();
	}

	@Test
	void plainPageUsesAnIndex() {
		assertIndexed(query(null, null, null, null, null, null, List.of(), null), null);
		assertIndexed(query(null, null, null, null, null, null, List.of(), "newest"), null);
	}

	@Test
	void everyFilterUsesAnIndex() {
		assertIndexed(query(null, "lenovo3", null, null, null, null, List.of(), null), null);
		assertIndexed(query("plan-category-7", null, null, null, null, null, List.of(), null),
				List.of("plan-category-7"));
		assertIndexed(query(null, null, "rugged laptop", null, null, null, List.of(), null), null);
		assertIndexed(query(null, null, null, new BigDecimal("100"), new BigDecimal("120"), null, List.of(), null),
				null);
		assertIndexed(query(null, null, null, null, null, true, List.of(), null), null);
		assertIndexed(query(null, null, null, null, null, null, List.of("color:blue", "warranty:2y"), null), null);
	}

	@Test
	void everySortUsesAnIndex() {
		for (String sort : new String[] { "name", "price", "-price", "rating", "newest" }) {
			assertIndexed(query(null, null, null, null, null, null, List.of(), sort), null);
		}
	}

	@Test
	void combinedFiltersUseIndexes() {
		assertIndexed(query("plan-category-3", "dell3", null, new BigDecimal("10"), new BigDecimal("2000"), true,
				List.of(), "price"), List.of("plan-category-3"));
		assertIndexed(query(null, "samsung4", "phone", null, null, true, List.of(), "rating"), null);
	}

	@Test
	void aTextSearchTakesItsMatchesFromTheTextIndexInEverySort() {
		for (String sort : List.of("price", "-price", "name", "newest", "rating", "relevance")) {
			ProductQuery search = query(null, null, "laptop", null, null, null, List.of(), sort);
			// never the sort's own index walked in order, filtering as it goes
			assertThat(plan(this.search.list(search, null))).contains("Bitmap Index Scan on products_search_idx")
				.doesNotContain("Seq Scan on products")
				.doesNotContainPattern(
						"Index Scan( Backward)? using products_(price|price_desc|name|newest|rating)_idx");
			assertThat(plan(this.search.count(search, null))).contains("Bitmap Index Scan on products_search_idx")
				.doesNotContain("Seq Scan on products");
		}
	}

	@Test
	void pagesATextSearchSortedByPriceLikeTheWholeSortedMatchList() {
		List<String> expected = this.jdbc.sql("""
				select sku from products
				where deleted_at is null and search @@ websearch_to_tsquery('english', 'laptop')
				order by price_amount asc nulls last, id limit 20 offset 40""").query(String.class).list();
		ProductSearch.Result page = this.search
			.search(ProductQuery.of(null, null, "laptop", null, null, null, List.of(), "price", 2, 20));
		assertThat(page.items()).extracting(CatalogEntry::sku).containsExactlyElementsOf(expected);
		assertThat(page.total()).isEqualTo(this.jdbc.sql(
				"select count(*) from products where deleted_at is null and search @@ websearch_to_tsquery('english', 'laptop')")
			.query(Long.class)
			.single());
	}

	@Test
	void answersTheCountOfALargeListCorrectly() {
		ProductSearch.Result result = this.search
			.search(query("plan-category-7", null, null, null, null, null, List.of(), "price"));
		assertThat(result.total()).isEqualTo(PRODUCTS / 40);
		assertThat(result.items()).hasSize(20);
		assertThat(result.items().get(0).sku()).startsWith("PLAN-");
	}

	@Test
	void keepsTheUnfilteredCountExactThroughEveryKindOfChange() {
		assertThat(unfilteredTotal()).isEqualTo(activeProducts()).isGreaterThanOrEqualTo(PRODUCTS);
		long before = unfilteredTotal();
		this.jdbc.sql("update products set deleted_at = now() where sku in ('PLAN-1', 'PLAN-2', 'PLAN-3')").update();
		assertThat(unfilteredTotal()).isEqualTo(before - 3).isEqualTo(activeProducts());
		this.jdbc.sql("update products set price_amount = price_amount + 1 where sku like 'PLAN-1%'").update();
		assertThat(unfilteredTotal()).isEqualTo(before - 3);
		this.jdbc.sql("update products set deleted_at = null where sku in ('PLAN-1', 'PLAN-2')").update();
		assertThat(unfilteredTotal()).isEqualTo(before - 1).isEqualTo(activeProducts());
		this.jdbc.sql("delete from products where sku in ('PLAN-3', 'PLAN-4')").update();
		assertThat(unfilteredTotal()).isEqualTo(before - 2).isEqualTo(activeProducts());
	}

	@Test
	void keepsTheCountWhenAnotherSchemaIsOnTheSearchPath() throws SQLException {
		long before = unfilteredTotal();
		// an operator's session or a data load with the default search_path names the
		// table with its schema; the count triggers must still find their own table
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			String searchPath;
			try (ResultSet current = statement.executeQuery("show search_path")) {
				current.next();
				searchPath = current.getString(1);
			}
			statement.execute("set search_path = public");
			try {
				statement.executeUpdate("update catalog.products set deleted_at = now() where sku = 'PLAN-10'");
				assertThat(unfilteredTotal()).isEqualTo(before - 1).isEqualTo(activeProducts());
				statement.executeUpdate("update catalog.products set deleted_at = null where sku = 'PLAN-10'");
				statement.executeUpdate("""
						insert into catalog.products (id, sku, document, created_at, updated_at)
						select gen_random_uuid(), 'PATH-1', document, now(), now()
						from catalog.products where sku = 'PLAN-10'""");
				assertThat(unfilteredTotal()).isEqualTo(before + 1).isEqualTo(activeProducts());
				statement.executeUpdate("delete from catalog.products where sku = 'PATH-1'");
			}
			finally {
				statement.execute("set search_path = " + searchPath);
			}
		}
		assertThat(unfilteredTotal()).isEqualTo(before).isEqualTo(activeProducts());
	}

	private long unfilteredTotal() {
		ProductSearch.Result result = this.search
			.search(ProductQuery.of(null, null, null, null, null, null, List.of(), null, 1, 20));
		assertThat(result.items()).hasSize(20);
		return result.total();
	}

	private long activeProducts() {
		return this.jdbc.sql("select count(*) from products where deleted_at is null").query(Long.class).single();
	}

	private static ProductQuery query(String category, String brand, String q, BigDecimal minPrice, BigDecimal maxPrice,
			Boolean inStock, List<String> attributes, String sort) {
		return ProductQuery.of(category, brand, q, minPrice, maxPrice, inStock, attributes, sort, 0, 20);
	}

	private void assertIndexed(ProductQuery query, List<String> categorySlugs) {
		String text = plan(this.search.list(query, categorySlugs));
		assertThat(text).doesNotContain("Seq Scan on products").containsPattern("Index|Bitmap");
	}

	/** The plan PostgreSQL chooses for a statement, with the settings it runs with. */
	private String plan(ProductSearch.Statement statement) {
		return this.transactions.execute((status) -> {
			statement.settings().forEach((setting) -> this.jdbc.sql(setting).update());
			return statement.sql() + "\n" + String.join("\n",
					this.jdbc.sql("explain " + statement.sql()).params(statement.params()).query(String.class).list());
		});
	}

}

package shop.catalog.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shop.catalog.category.CategoryService;

/**
 * Answers product lists from PostgreSQL in one statement (plus its count): brand and
 * category through expression indexes, attributes through the GIN index on the document,
 * {@code q} through the full-text index with ranking, price, stock and rating through the
 * read model's indexed columns.
 */
@Component
public class ProductSearch {

	/**
	 * How a text search is planned, for its transaction only: from the text index (bitmap
	 * scans), never by walking another index in sort order or scanning the table.
	 */
	static final List<String> TEXT_SEARCH_PLAN = List.of("set local enable_indexscan = off",
			"set local enable_seqscan = off");

	static final String COLUMNS = "p.id, p.sku, p.document::text as document, p.rating_average, p.rating_count, p.created_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CategoryService categories;

	public ProductSearch(JdbcClient jdbc, JsonMapper json, CategoryService categories) {
		this.jdbc = jdbc;
		this.json = json;
		this.categories = categories;
	}

	/**
	 * One page of the products that match, and how many match in all.
	 */
	@Transactional(readOnly = true)
	public Result search(ProductQuery query) {
		List<String> slugs = null;
		if (query.category() != null) {
			slugs = this.categories.slugAndDescendants(query.category());
			if (slugs.isEmpty()) {
				return new Result(List.of(), 0);
			}
		}
		Statement list = list(query, slugs);
		list.settings().forEach((setting) -> this.jdbc.sql(setting).update());
		List<CatalogEntry> items = this.jdbc.sql(list.sql()).params(list.params()).query(this::entry).list();
		long total;
		if (query.page().page() == 0 && items.size() < query.page().size()) {
			total = items.size();
		}
		else if (unfiltered(query)) {
			// kept exact in every change's transaction
			// (V3__list_indexes_and_product_count.sql)
			total = this.jdbc.sql("select active from product_count").query(Long.class).single();
		}
		else {
			Statement count = count(query, slugs);
			count.settings().forEach((setting) -> this.jdbc.sql(setting).update());
			total = this.jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
		}
		return new Result(items, total);
	}

	/**
	 * The page statement of a query (also what the index test explains).
	 */
	Statement list(ProductQuery query, List<String> categorySlugs) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, categorySlugs, params);
		params.put("limit", query.page().size());
		params.put("offset", query.page().offset());
		String orderBy = " order by " + query.sort().orderBy();
		if (query.q() == null) {
			return new Statement(
					"select " + COLUMNS + " from products p" + where + orderBy + " limit :limit offset :offset", params,
					List.of());
		}
		// A text search takes its matches from the text index, sorts their ids and reads
		// the
		// documents of one page only. Left to itself the planner walks the index of the
		// sort
		// order and filters, expecting matches spread evenly: every "laptop" is
		// expensive, so
		// sorted by price it read 50,000 cheaper products to find 20 laptops (120 ms
		// instead
		// of 25 ms), and it counted 15,000 matches with a scan of the whole table.
		return new Statement("select " + COLUMNS + " from (select p.id from products p" + from(query) + where + orderBy
				+ " limit :limit offset :offset) page join products p on p.id = page.id" + from(query) + orderBy,
				params, TEXT_SEARCH_PLAN);
	}

	Statement count(ProductQuery query, List<String> categorySlugs) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, categorySlugs, params);
		return new Statement("select count(*) from products p" + from(query) + where, params,
				(query.q() != null) ? TEXT_SEARCH_PLAN : List.of());
	}

	private static boolean unfiltered(ProductQuery query) {
		return query.category() == null && query.brand() == null && query.q() == null && query.minPrice() == null
				&& query.maxPrice() == null && query.inStock() == null && query.attributes().isEmpty();
	}

	private static String from(ProductQuery query) {
		return (query.q() != null) ? ", websearch_to_tsquery('english', :q) query" : "";
	}

	private String where(ProductQuery query, List<String> categorySlugs, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where p.deleted_at is null");
		if (categorySlugs != null) {
			where.append(" and p.document ->> 'category' in (:categories)");
			params.put("categories", categorySlugs);
		}
		if (query.brand() != null) {
			where.append(" and lower(p.document ->> 'brand') = lower(:brand)");
			params.put("brand", query.brand());
		}
		if (query.q() != null) {
			where.append(" and p.search @@ query");
			params.put("q", query.q());
		}
		if (query.minPrice() != null) {
			where.append(" and p.price_amount >= :minPrice");
			params.put("minPrice", query.minPrice());
		}
		if (query.maxPrice() != null) {
			where.append(" and p.price_amount <= :maxPrice");
			params.put("maxPrice", query.maxPrice());
		}
		if (Boolean.TRUE.equals(query.inStock())) {
			where.append(" and p.available > 0");
		}
		else if (Boolean.FALSE.equals(query.inStock())) {
			where.append(" and (p.available is null or p.available <= 0)");
		}
		if (!query.attributes().isEmpty()) {
			where.append(" and p.document @> cast(:attributes as jsonb)");
			params.put("attributes", this.json.writeValueAsString(Map.of("attributes", query.attributes())));
		}
		return where.toString();
	}

	CatalogEntry entry(ResultSet rs, int row) throws SQLException {
		BigDecimal average = rs.getBigDecimal("rating_average");
		return new CatalogEntry(rs.getObject("id", UUID.class), rs.getString("sku"),
				this.json.readValue(rs.getString("document"), ProductDocument.class), average,
				rs.getInt("rating_count"), rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * SQL with named parameters.
	 *
	 * @param sql the statement
	 * @param params its parameters
	 * @param settings the planner settings it runs with, set for the transaction first
	 */
	record Statement(String sql, Map<String, Object> params, List<String> settings) {

	}

	/**
	 * A page of entries and the number of all matches.
	 *
	 * @param items the page
	 * @param total all matches
	 */
	public record Result(List<CatalogEntry> items, long total) {

	}

}

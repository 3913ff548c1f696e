package shop.catalog.product;

import java.util.Arrays;
import java.util.stream.Collectors;

import shop.common.web.ValidationException;

/**
 * The orders of a product list, each backed by an index and ending in the id so that
 * pages never overlap.
 */
public enum ProductSort {

	NAME("name", "lower(p.document ->> 'name'), p.id"),

	PRICE("price", "p.price_amount asc nulls last, p.id"),

	PRICE_DESCENDING("-price", "p.price_amount desc nulls last, p.id desc"),

	RATING("rating", "p.rating_average desc nulls last, p.rating_count desc, p.id"),

	NEWEST("newest", "p.created_at desc, p.id desc"),

	/**
	 * Best match of a text search first; what a search is sorted by unless told.
	 */
	RELEVANCE("relevance", "ts_rank_cd(p.search, query) desc, p.id");

	private final String parameter;

	private final String orderBy;

	ProductSort(String parameter, String orderBy) {
		this.parameter = parameter;
		this.orderBy = orderBy;
	}

	String orderBy() {
		return this.orderBy;
	}

	/**
	 * The sort a request names; with none, relevance for a search and name otherwise.
	 * @throws ValidationException for an unknown sort, or relevance without a search
	 */
	public static ProductSort of(String parameter, boolean searching) {
		if (parameter == null || parameter.isBlank()) {
			return searching ? RELEVANCE : NAME;
		}
		for (ProductSort sort : values()) {
			if (sort.parameter.equals(parameter) && (sort != RELEVANCE || searching)) {
				return sort;
			}
		}
		throw ValidationException.of("sort",
				"must be one of "
						+ Arrays.stream(values()).map((sort) -> sort.parameter).collect(Collectors.joining(", "))
						+ " (relevance only with q)");
	}

}

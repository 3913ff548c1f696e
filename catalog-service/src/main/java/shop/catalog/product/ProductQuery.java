package shop.catalog.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shop.common.web.FieldError;
import shop.common.web.PageQuery;
import shop.common.web.ValidationException;

/**
 * A shopper's list request, validated: every filter optional and combinable.
 *
 * @param category a category slug (its subcategories included)
 * @param brand a brand, any case
 * @param q words to search for in name, brand and description
 * @param minPrice lowest price (inclusive), in the catalog's currency
 * @param maxPrice highest price (inclusive)
 * @param inStock only products in stock ({@code true}) or out of stock ({@code false})
 * @param attributes attributes the product must have, exactly
 * @param sort the order
 * @param page the page
 */
public record ProductQuery(String category, String brand, String q, BigDecimal minPrice, BigDecimal maxPrice,
		Boolean inStock, Map<String, String> attributes, ProductSort sort, PageQuery page) {

	/**
	 * Validates raw request parameters.
	 * @param attributes {@code key:value} pairs
	 * @throws ValidationException listing every bad parameter
	 */
	public static ProductQuery of(String category, String brand, String q, BigDecimal minPrice, BigDecimal maxPrice,
			Boolean inStock, List<String> attributes, String sort, Integer page, Integer size) {
		List<FieldError> errors = new ArrayList<>();
		PageQuery paging = null;
		try {
			paging = PageQuery.of(page, size);
		}
		catch (ValidationException ex) {
			errors.addAll(ex.errors());
		}
		String search = (q != null && !q.isBlank()) ? q.trim() : null;
		ProductSort order = null;
		try {
			order = ProductSort.of(sort, search != null);
		}
		catch (ValidationException ex) {
			errors.addAll(ex.errors());
		}
		if (minPrice != null && minPrice.signum() < 0) {
			errors.add(new FieldError("minPrice", "must not be negative"));
		}
		if (maxPrice != null && maxPrice.signum() < 0) {
			errors.add(new FieldError("maxPrice", "must not be negative"));
		}
		if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
			errors.add(new FieldError("minPrice", "must not be greater than maxPrice"));
		}
		if (search != null && search.length() > 200) {
			errors.add(new FieldError("q", "must be at most 200 characters"));
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String attribute : (attributes != null) ? attributes : List.<String>of()) {
			int colon = attribute.indexOf(':');
			if (colon <= 0 || colon == attribute.length() - 1) {
				errors.add(new FieldError("attr", "must be key:value, not " + attribute));
			}
			else {
				wanted.put(attribute.substring(0, colon).trim(), attribute.substring(colon + 1).trim());
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new ProductQuery(blankToNull(category), blankToNull(brand), search, minPrice, maxPrice, inStock, wanted,
				order, paging);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

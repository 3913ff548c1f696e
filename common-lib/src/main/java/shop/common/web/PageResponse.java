package shop.common.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The fleet's page of results: {@code {items, page, size, totalItems, totalPages}}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
		int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
		return new PageResponse<>(List.copyOf(items), query.page(), query.size(), totalItems, totalPages);
	}

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}

package shop.common.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A validated page request: {@code page} from 0, {@code size} from 1, a size above
 * {@link #MAX_SIZE} is lowered to it (the answer's {@code size} shows the one used).
 *
 * @param page zero-based page number
 * @param size page size
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * Validates raw request parameters.
	 * @throws ValidationException for a negative page or a size below 1
	 */
	public static PageQuery of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		List<FieldError> errors = new ArrayList<>();
		if (p < 0) {
			errors.add(new FieldError("page", "must be greater than or equal to 0"));
		}
		if (s < 1) {
			errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new PageQuery(p, Math.min(s, MAX_SIZE));
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public Pageable pageable(Sort sort) {
		return PageRequest.of(this.page, this.size, sort);
	}

}

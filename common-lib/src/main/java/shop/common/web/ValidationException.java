package shop.common.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that fails a rule Bean Validation cannot express (for example
 * {@code minPrice > maxPrice}); rendered as a 400 with an {@code errors} list.
 */
public class ValidationException extends ShopException {

	private final List<FieldError> errors;

	public ValidationException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION_FAILED, "Validation failed",
				"The request has " + errors.size() + " invalid field(s)");
		this.errors = List.copyOf(errors);
	}

	public static ValidationException of(String field, String message) {
		return new ValidationException(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}

package shop.paypal.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure answered with PayPal's error body. The factory methods use PayPal's own
 * names, messages and issues, so that clients meet the answers they would meet at PayPal.
 */
public class PayPalError extends RuntimeException {

	private final HttpStatus status;

	private final String name;

	private final List<Detail> details;

	public PayPalError(HttpStatus status, String name, String message, List<Detail> details) {
		super(message);
		this.status = status;
		this.name = name;
		this.details = List.copyOf(details);
	}

	public static PayPalError unprocessable(String issue, String description) {
		return new PayPalError(HttpStatus.UNPROCESSABLE_CONTENT, "UNPROCESSABLE_ENTITY",
				"The requested action could not be performed, semantically incorrect, or failed business validation.",
				List.of(new Detail(null, null, null, issue, description)));
	}

	public static PayPalError invalidRequest(String field, String issue, String description) {
		return new PayPalError(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
				"Request is not well-formed, syntactically incorrect, or violates schema.",
				List.of(new Detail(field, null, "body", issue, description)));
	}

	public static PayPalError notFound(String field, String value) {
		return new PayPalError(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND", "The specified resource does not exist.",
				List.of(new Detail(field, value, "path", "INVALID_RESOURCE_ID",
						"Specified resource ID does not exist. Please check the resource ID and try again.")));
	}

	public static PayPalError authenticationFailure() {
		return new PayPalError(HttpStatus.UNAUTHORIZED, "AUTHENTICATION_FAILURE",
				"Authentication failed due to invalid authentication credentials or a missing Authorization header.",
				List.of());
	}

	public static PayPalError internal() {
		return new PayPalError(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_SERVER_ERROR",
				"An internal server error occurred.", List.of());
	}

	public HttpStatus status() {
		return this.status;
	}

	public String name() {
		return this.name;
	}

	public List<Detail> details() {
		return this.details;
	}

	/**
	 * One entry of {@code details}.
	 */
	public record Detail(String field, String value, String location, String issue, String description) {
	}

	/**
	 * The error body.
	 */
	public record Body(String name, String message, String debugId, List<Detail> details, List<Link> links) {
	}

}

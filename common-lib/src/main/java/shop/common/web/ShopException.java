package shop.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A domain failure with a meaning for the client: services throw it (or a subclass),
 * controllers never catch it, and {@link ProblemDetailsAdvice} renders it as an RFC 9457
 * problem whose {@code type} is derived from {@link #code()}.
 */
public class ShopException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public ShopException(HttpStatus status, String code, String title, String detail) {
		super(detail);
		this.status = status;
		this.code = code;
		this.title = title;
	}

	public static ShopException notFound(String what, Object id) {
		return new ShopException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
				what + " " + id + " does not exist");
	}

	public static ShopException conflict(String code, String title, String detail) {
		return new ShopException(HttpStatus.CONFLICT, code, title, detail);
	}

	public static ShopException unprocessable(String code, String title, String detail) {
		return new ShopException(HttpStatus.UNPROCESSABLE_CONTENT, code, title, detail);
	}

	public static ShopException badRequest(String code, String title, String detail) {
		return new ShopException(HttpStatus.BAD_REQUEST, code, title, detail);
	}

	/**
	 * Adds an extension member to the problem (for example the available quantity).
	 */
	public ShopException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}

package shop.orders.order;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * The request cannot be answered yet (another service is unreachable, or another request
 * is working on the same order); repeating it later is safe. Rendered with a
 * {@code Retry-After} header.
 */
public class RetryLaterException extends ShopException {

	private final Duration retryAfter;

	public RetryLaterException(HttpStatus status, String code, String title, String detail, Duration retryAfter) {
		super(status, code, title, detail);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}

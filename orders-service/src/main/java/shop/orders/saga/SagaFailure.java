package shop.orders.saga;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * Why a saga failed, kept with it as the stored answer to the request that started it and
 * to every repeat of that request.
 *
 * @param status the HTTP status to answer
 * @param code the problem code, for example {@code PRICE_CHANGED}
 * @param title the problem title
 * @param detail a human explanation
 * @param properties extension members of the problem (the changed prices, say)
 */
public record SagaFailure(int status, String code, String title, String detail, Map<String, Object> properties) {

	public SagaFailure {
		properties = (properties != null) ? new LinkedHashMap<>(properties) : new LinkedHashMap<>();
	}

	static SagaFailure of(HttpStatus status, String code, String title, String detail) {
		return new SagaFailure(status.value(), code, title, detail, Map.of());
	}

	SagaFailure with(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.properties);
		more.put(name, value);
		return new SagaFailure(this.status, this.code, this.title, this.detail, more);
	}

	/**
	 * The failure as the problem the client gets.
	 */
	public ShopException toException(UUID orderId) {
		ShopException exception = new ShopException(HttpStatus.valueOf(this.status), this.code, this.title,
				this.detail);
		exception.with("orderId", orderId);
		this.properties.forEach(exception::with);
		return exception;
	}

}

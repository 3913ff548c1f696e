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
 * @param step the forward step whose outcome made the saga fail, when one did (not when
 * the approval expired); kept for operators and metrics, never shown to the client
 */
public record SagaFailure(int status, String code, String title, String detail, Map<String, Object> properties,
		SagaStep step) {

	public SagaFailure {
		properties = (properties != null) ? new LinkedHashMap<>(properties) : new LinkedHashMap<>();
	}

	public SagaFailure(int status, String code, String title, String detail, Map<String, Object> properties) {
		this(status, code, title, detail, properties, null);
	}

	static SagaFailure of(HttpStatus status, String code, String title, String detail) {
		return new SagaFailure(status.value(), code, title, detail, Map.of());
	}

	SagaFailure with(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.properties);
		more.put(name, value);
		return new SagaFailure(this.status, this.code, this.title, this.detail, more, this.step);
	}

	/**
	 * The same failure, caused by {@code failedStep}.
	 */
	SagaFailure at(SagaStep failedStep) {
		return new SagaFailure(this.status, this.code, this.title, this.detail, this.properties, failedStep);
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

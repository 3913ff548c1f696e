package shop.orders.saga;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * A saga was asked for a transition its state does not allow. Requests that race each
 * other can meet it; they answer 409 and may be repeated.
 */
public class SagaStateException extends ShopException {

	SagaStateException(UUID orderId, SagaState state, SagaStep step, String attempted) {
		super(HttpStatus.CONFLICT, "SAGA_STATE_CONFLICT", "Checkout state conflict", "The checkout of order " + orderId
				+ " is " + state + ((step != null) ? " at step " + step : "") + " and cannot " + attempted);
		with("orderId", orderId);
	}

}

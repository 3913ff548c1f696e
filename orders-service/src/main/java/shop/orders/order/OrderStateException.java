package shop.orders.order;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import shop.common.web.ShopException;

/**
 * An order was asked for something its status does not allow (confirm a cancelled order,
 * cancel a shipped one): 409.
 */
public class OrderStateException extends ShopException {

	public OrderStateException(UUID orderId, OrderStatus status, String code, String detail) {
		super(HttpStatus.CONFLICT, code, "Order state conflict", detail);
		with("orderId", orderId);
		with("status", status.name());
	}

	static OrderStateException illegalTransition(UUID orderId, OrderStatus from, OrderStatus to) {
		return new OrderStateException(orderId, from, "ILLEGAL_ORDER_TRANSITION",
				"Order " + orderId + " is " + from + " and cannot become " + to);
	}

}

package shop.realtime.event.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.realtime.event.OrderEventService;
import shop.realtime.event.OrderStatusEvent;

/**
 * Takes order status events from orders-service.
 */
@RestController
class OrderEventController {

	private final OrderEventService events;

	OrderEventController(OrderEventService events) {
		this.events = events;
	}

	@PostMapping("/internal/events/order-status")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@InternalApi(callers = "orders-service")
	void publish(@RequestBody OrderStatusEvent event) {
		this.events.publish(event);
	}

}

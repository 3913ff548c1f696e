package shop.orders.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.orders.order.OrderStatusChanged;

/**
 * Logs every order status change and puts it in the outbox, inside the transaction that
 * made the change: the event exists exactly when the change committed.
 */
@Component
class OrderStatusOutbox {

	private static final Logger log = LoggerFactory.getLogger(OrderStatusOutbox.class);

	private final OrderEventRepository events;

	OrderStatusOutbox(OrderEventRepository events) {
		this.events = events;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OrderStatusChanged changed) {
		log.info("Order {} of user {}: {} -> {}{}", changed.orderId(), changed.userId(), changed.previous(),
				changed.status(), (changed.reason() != null) ? " (" + changed.reason() + ")" : "");
		this.events.save(new OrderEvent(Ids.newId(), changed.orderId(), changed.userId(), changed.status().name(),
				changed.at()));
	}

}

package shop.realtime.event;

import java.util.function.Consumer;

/**
 * Carries events to every realtime instance, this one included.
 */
interface OrderEventBus extends AutoCloseable {

	/**
	 * Publishes an event to every instance.
	 * @throws RuntimeException when it cannot be published now (the caller may retry)
	 */
	void publish(OrderStatusEvent event);

	/**
	 * Starts delivering the events of every instance to the listener.
	 */
	void subscribe(Consumer<OrderStatusEvent> listener);

	@Override
	void close();

}

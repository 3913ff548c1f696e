package shop.realtime.event;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers events within this process only: right for a single instance.
 */
class InProcessOrderEventBus implements OrderEventBus {

	private final CopyOnWriteArrayList<Consumer<OrderStatusEvent>> listeners = new CopyOnWriteArrayList<>();

	@Override
	public void publish(OrderStatusEvent event) {
		this.listeners.forEach((listener) -> listener.accept(event));
	}

	@Override
	public void subscribe(Consumer<OrderStatusEvent> listener) {
		this.listeners.add(listener);
	}

	@Override
	public void close() {
		this.listeners.clear();
	}

}

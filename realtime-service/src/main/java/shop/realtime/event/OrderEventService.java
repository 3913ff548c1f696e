package shop.realtime.event;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import shop.common.web.FieldError;
import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;
import shop.realtime.connection.ConnectionRegistry;

/**
 * Publishes order status events to every instance and pushes the ones that arrive to the
 * owner's connections on this instance, each event id once (orders-service may repeat a
 * publish; another instance may have published the same event).
 */
@Service
public class OrderEventService {

	static final int REMEMBERED_EVENTS = 100_000;

	static final Duration REMEMBER_FOR = Duration.ofHours(1);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final OrderEventBus bus;

	private final ConnectionRegistry connections;

	private final Map<String, Long> seen = new LinkedHashMap<>(1024, 0.75f, false);

	OrderEventService(OrderEventBus bus, ConnectionRegistry connections) {
		this.bus = bus;
		this.connections = connections;
	}

	@PostConstruct
	void subscribe() {
		this.bus.subscribe(this::deliver);
	}

	/**
	 * Validates and publishes an event.
	 * @throws ValidationException for a missing field
	 * @throws ShopException 503 when the fan-out cannot take it now
	 */
	public void publish(OrderStatusEvent event) {
		List<FieldError> errors = new java.util.ArrayList<>();
		if (event.eventId() == null || event.eventId().isBlank() || event.eventId().length() > 128) {
			errors.add(new FieldError("eventId", "must be 1 to 128 characters"));
		}
		if (event.userId() == null) {
			errors.add(new FieldError("userId", "must not be null"));
		}
		if (event.orderId() == null) {
			errors.add(new FieldError("orderId", "must not be null"));
		}
		if (event.status() == null || event.status().isBlank() || event.status().length() > 64) {
			errors.add(new FieldError("status", "must be 1 to 64 characters"));
		}
		if (event.at() == null) {
			errors.add(new FieldError("at", "must not be null"));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		try {
			this.bus.publish(event);
		}
		catch (RuntimeException ex) {
			throw new ShopException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
					"Service unavailable", "The event cannot be published right now; repeat it");
		}
	}

	/**
	 * Pushes an event that reached this instance to its owner's connections, unless it
	 * was pushed before.
	 */
	void deliver(OrderStatusEvent event) {
		if (!firstTime(event.eventId())) {
			return;
		}
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("type", "ORDER_STATUS");
		message.put("orderId", event.orderId());
		message.put("status", event.status());
		message.put("at", event.at().toString());
		this.connections.sendTo(event.userId(), MAPPER.writeValueAsString(message));
	}

	private boolean firstTime(String eventId) {
		long now = System.nanoTime();
		synchronized (this.seen) {
			var oldest = this.seen.entrySet().iterator();
			while (oldest.hasNext()) {
				Map.Entry<String, Long> entry = oldest.next();
				if (this.seen.size() > REMEMBERED_EVENTS || now - entry.getValue() > REMEMBER_FOR.toNanos()) {
					oldest.remove();
				}
				else {
					break;
				}
			}
			return this.seen.putIfAbsent(eventId, now) == null;
		}
	}

}

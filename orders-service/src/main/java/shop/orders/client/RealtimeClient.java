package shop.orders.client;

import java.time.Instant;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * realtime-service, which pushes order status changes to their owner's WebSocket.
 */
@FeignClient(name = "realtime-service", url = "${shop.services.realtime-service}")
public interface RealtimeClient {

	/**
	 * Publishes a status change; duplicates (same {@code eventId}) are delivered once.
	 */
	@PostMapping("/internal/events/order-status")
	void publish(@RequestBody OrderStatusEvent event);

	record OrderStatusEvent(UUID eventId, UUID userId, UUID orderId, String status, Instant at) {

	}

}

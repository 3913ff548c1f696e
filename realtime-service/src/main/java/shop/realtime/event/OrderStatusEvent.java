package shop.realtime.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An order changed status.
 *
 * @param eventId unique per change; repeats of one event are delivered once
 * @param userId the order's owner, the only one told
 * @param orderId the order
 * @param status its new status
 * @param at when it changed
 */
public record OrderStatusEvent(String eventId, UUID userId, UUID orderId, String status, Instant at) {

}

package shop.orders.order.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/admin/orders/{orderId}/ship}.
 *
 * @param carrier who carries the parcel
 * @param trackingNumber the carrier's tracking number
 */
record ShipOrderRequest(@NotBlank @Size(max = 64) String carrier, @NotBlank @Size(max = 128) String trackingNumber) {

}

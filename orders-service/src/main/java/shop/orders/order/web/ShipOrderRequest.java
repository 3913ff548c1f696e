package shop.orders.order.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/admin/orders/{orderId}/ship}.
 *
 * @param carrier who carries the parcel
 * @param trackingNumber the carrier's tracking number
 */
record ShipOrderRequest(@Schema(example = "UPS Express Saver") @NotBlank @Size(max = 64) String carrier,
		@Schema(example = "1Z999AA10123456784") @NotBlank @Size(max = 128) String trackingNumber) {

}

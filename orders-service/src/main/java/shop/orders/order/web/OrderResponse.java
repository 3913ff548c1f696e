package shop.orders.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import shop.orders.order.OrderDetails;
import shop.orders.order.ShippingAddress;

/**
 * An order with its status history.
 *
 * @param orderId the order
 * @param userId its owner
 * @param status its status
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param approvalUrl where to approve the payment, while the order waits for that
 * @param items its lines
 * @param shipping how and where it ships
 * @param subtotal the sum of the lines
 * @param total what the shopper pays (lines and shipping)
 * @param payment the payment's provider, status and reference
 * @param warnings what the shopper was told at checkout
 * @param history every status it had, oldest first
 */
record OrderResponse(UUID orderId, UUID userId, String status, Instant createdAt, Instant updatedAt, String approvalUrl,
		List<ItemResponse> items, ShippingResponse shipping, MoneyResponse subtotal, MoneyResponse total,
		PaymentResponse payment, List<WarningResponse> warnings, List<StatusChangeResponse> history) {

	static OrderResponse of(OrderDetails order) {
		return new OrderResponse(order.orderId(), order.userId(), order.status().name(), order.createdAt(),
				order.updatedAt(), order.approvalUrl(), ItemResponse.of(order), ShippingResponse.of(order),
				MoneyResponse.of(order.itemsTotal(), order.currency()),
				MoneyResponse.of(order.grandTotal(), order.currency()), PaymentResponse.of(order),
				order.warnings()
					.stream()
					.map((warning) -> new WarningResponse(warning.code(), warning.productId(), warning.message()))
					.toList(),
				order.history()
					.stream()
					.map((entry) -> new StatusChangeResponse(entry.status().name(), entry.at(), entry.reason()))
					.toList());
	}

	record ItemResponse(UUID productId, String sku, String name, int quantity, MoneyResponse unitPrice,
			MoneyResponse lineTotal) {

		static List<ItemResponse> of(OrderDetails order) {
			return order.items()
				.stream()
				.map((line) -> new ItemResponse(line.productId(), line.sku(), line.name(), line.quantity(),
						MoneyResponse.of(line.unitPrice(), order.currency()),
						MoneyResponse.of(line.lineTotal(), order.currency())))
				.toList();
		}

	}

	record ShippingResponse(String mode, String carrier, MoneyResponse cost, LocalDate deliveryDate,
			AddressResponse address, String trackingNumber, Instant shippedAt, Instant deliveredAt) {

		static ShippingResponse of(OrderDetails order) {
			return new ShippingResponse(order.deliveryMode(), order.carrier(),
					MoneyResponse.of(order.shippingTotal(), order.currency()), order.deliveryDate(),
					AddressResponse.of(order.address()), order.trackingNumber(), order.shippedAt(),
					order.deliveredAt());
		}

	}

	record AddressResponse(UUID addressId, String label, String name, String line1, String line2, String city,
			String region, String postalCode, String country) {

		static AddressResponse of(ShippingAddress address) {
			return (address != null)
					? new AddressResponse(address.addressId(), address.label(), address.name(), address.line1(),
							address.line2(), address.city(), address.region(), address.postalCode(), address.country())
					: null;
		}

	}

	record PaymentResponse(String provider, String status, String reference) {

		static PaymentResponse of(OrderDetails order) {
			return (order.payment() != null) ? new PaymentResponse(order.payment().provider(), order.payment().status(),
					order.payment().reference()) : null;
		}

	}

	record WarningResponse(String code, UUID productId, String message) {

	}

	record StatusChangeResponse(String status, Instant at, String reason) {

	}

}

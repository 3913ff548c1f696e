package shop.orders.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import shop.orders.order.OrderDetails;
import shop.orders.order.OrderStatus;
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
record OrderResponse(@Schema(example = OrderExamples.ORDER_ID) UUID orderId,
		@Schema(example = OrderExamples.USER_ID) UUID userId,
		@Schema(implementation = OrderStatus.class, example = "PAYMENT_PENDING") String status,
		@Schema(example = "2026-03-14T09:20:05.118Z") Instant createdAt,
		@Schema(example = "2026-03-14T09:20:06.402Z") Instant updatedAt,
		@Schema(description = "Where the shopper approves the payment; only while PAYMENT_PENDING",
				example = "https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T") String approvalUrl,
		List<ItemResponse> items, ShippingResponse shipping,
		@Schema(description = "The sum of the lines") MoneyResponse subtotal,
		@Schema(description = "What the shopper pays: lines and shipping") MoneyResponse total,
		@Schema(description = "Absent until the payment is created") PaymentResponse payment,
		@Schema(description = "What the shopper was told at checkout") List<WarningResponse> warnings,
		@Schema(description = "Every status the order had, oldest first") List<StatusChangeResponse> history) {

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

	/**
	 * One line, at the price the shopper pays.
	 */
	record ItemResponse(@Schema(example = OrderExamples.PRODUCT_ID) UUID productId,
			@Schema(example = "LEN-T14G5-32-1TB") String sku,
			@Schema(example = "ThinkPad T14 Gen 5, 14\" WUXGA, Core Ultra 7, 32 GB, 1 TB SSD") String name,
			@Schema(example = "2") int quantity, MoneyResponse unitPrice, MoneyResponse lineTotal) {

		static List<ItemResponse> of(OrderDetails order) {
			return order.items()
				.stream()
				.map((line) -> new ItemResponse(line.productId(), line.sku(), line.name(), line.quantity(),
						MoneyResponse.of(line.unitPrice(), order.currency()),
						MoneyResponse.of(line.lineTotal(), order.currency())))
				.toList();
		}

	}

	/**
	 * How and where the order ships; carrier, cost and date as fulfillment quoted them.
	 */
	record ShippingResponse(@Schema(example = "express") String mode,
			@Schema(example = "UPS Express Saver") String carrier, MoneyResponse cost,
			@Schema(example = "2026-03-18") LocalDate deliveryDate, AddressResponse address,
			@Schema(description = "Once shipped", example = "1Z999AA10123456784") String trackingNumber,
			@Schema(description = "Once shipped", example = "2026-03-16T14:02:11Z") Instant shippedAt,
			@Schema(description = "Once delivered", example = "2026-03-18T10:47:30Z") Instant deliveredAt) {

		static ShippingResponse of(OrderDetails order) {
			return new ShippingResponse(order.deliveryMode(), order.carrier(),
					MoneyResponse.of(order.shippingTotal(), order.currency()), order.deliveryDate(),
					AddressResponse.of(order.address()), order.trackingNumber(), order.shippedAt(),
					order.deliveredAt());
		}

	}

	/**
	 * The shipping address as it was when the order was placed.
	 */
	record AddressResponse(
			@Schema(description = "The saved address it was copied from; absent for one given with the order",
					example = OrderExamples.ADDRESS_ID) UUID addressId,
			@Schema(example = "Warehouse") String label, @Schema(example = "Jane Doe") String name,
			@Schema(example = "500 Terry Francine St") String line1, @Schema(example = "Dock 4") String line2,
			@Schema(example = "San Francisco") String city, @Schema(example = "CA") String region,
			@Schema(example = "94158") String postalCode, @Schema(example = "US") String country) {

		static AddressResponse of(ShippingAddress address) {
			return (address != null)
					? new AddressResponse(address.addressId(), address.label(), address.name(), address.line1(),
							address.line2(), address.city(), address.region(), address.postalCode(), address.country())
					: null;
		}

	}

	/**
	 * The order's payment.
	 */
	record PaymentResponse(@Schema(example = "PAYPAL") String provider,
			@Schema(description = "CREATED (waiting for approval), CAPTURED, REFUNDED or VOIDED",
					example = "CREATED") String status,
			@Schema(description = "The provider's reference the shopper can quote",
					example = "5O190127TN364715T") String reference) {

		static PaymentResponse of(OrderDetails order) {
			return (order.payment() != null) ? new PaymentResponse(order.payment().provider(), order.payment().status(),
					order.payment().reference()) : null;
		}

	}

	/**
	 * Something the shopper was told at checkout, as the cart words it.
	 */
	record WarningResponse(@Schema(example = "PRICE_CHANGED") String code,
			@Schema(example = OrderExamples.PRODUCT_ID) UUID productId,
			@Schema(example = "The price of ThinkPad T14 Gen 5 changed from 1299.00 to 1249.00 USD") String message) {

	}

	/**
	 * One status the order had.
	 */
	record StatusChangeResponse(@Schema(implementation = OrderStatus.class, example = "PAYMENT_PENDING") String status,
			@Schema(example = "2026-03-14T09:20:06.402Z") Instant at,
			@Schema(description = "A code saying why, for an order that ended early",
					example = "CANCELLED_BY_SHOPPER") String reason) {

	}

}

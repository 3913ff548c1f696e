package shop.orders.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

import shop.orders.order.OrderDetails;
import shop.orders.order.OrderStatus;

/**
 * {@code GET /api/orders}: the shopper's orders grouped by delivery date, latest first,
 * with the paging of the orders underneath.
 *
 * @param groups one group per delivery date
 * @param page zero-based page of orders
 * @param size orders per page
 * @param totalItems the shopper's orders
 * @param totalPages pages
 */
record OrderHistoryResponse(
		@Schema(description = "One group per delivery date, latest first") List<DeliveryGroup> groups,
		@Schema(description = "Zero-based page of orders", example = "0") int page,
		@Schema(description = "Orders per page", example = "20") int size,
		@Schema(description = "The shopper's orders", example = "3") long totalItems,
		@Schema(example = "1") int totalPages) {

	static OrderHistoryResponse of(Page<OrderDetails> orders) {
		List<DeliveryGroup> groups = new ArrayList<>();
		for (OrderDetails order : orders.getContent()) {
			DeliveryGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last == null || !Objects.equals(last.deliveryDate(), order.deliveryDate())) {
				last = new DeliveryGroup(order.deliveryDate(), new ArrayList<>());
				groups.add(last);
			}
			last.orders().add(OrderSummary.of(order));
		}
		List<DeliveryGroup> frozen = groups.stream()
			.map((group) -> new DeliveryGroup(group.deliveryDate(), List.copyOf(group.orders())))
			.toList();
		return new OrderHistoryResponse(frozen, orders.getNumber(), orders.getSize(), orders.getTotalElements(),
				orders.getTotalPages());
	}

	/**
	 * The orders that arrive on one day.
	 */
	record DeliveryGroup(@Schema(example = "2026-03-18") LocalDate deliveryDate, List<OrderSummary> orders) {

	}

	/**
	 * An order as the history lists it; {@code GET /api/orders/{orderId}} tells the rest.
	 */
	record OrderSummary(@Schema(example = OrderExamples.ORDER_ID) UUID orderId,
			@Schema(implementation = OrderStatus.class, example = "CONFIRMED") String status,
			@Schema(example = "2026-03-14T09:20:05.118Z") Instant createdAt, List<OrderResponse.ItemResponse> items,
			MoneyResponse total, OrderResponse.PaymentResponse payment) {

		static OrderSummary of(OrderDetails order) {
			return new OrderSummary(order.orderId(), order.status().name(), order.createdAt(),
					OrderResponse.ItemResponse.of(order), MoneyResponse.of(order.grandTotal(), order.currency()),
					OrderResponse.PaymentResponse.of(order));
		}

	}

}

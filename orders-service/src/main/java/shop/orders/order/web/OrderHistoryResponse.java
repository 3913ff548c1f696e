package shop.orders.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.Page;

import shop.orders.order.OrderDetails;

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
record OrderHistoryResponse(List<DeliveryGroup> groups, int page, int size, long totalItems, int totalPages) {

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

	record DeliveryGroup(LocalDate deliveryDate, List<OrderSummary> orders) {

	}

	record OrderSummary(UUID orderId, String status, Instant createdAt, List<OrderResponse.ItemResponse> items,
			MoneyResponse total, OrderResponse.PaymentResponse payment) {

		static OrderSummary of(OrderDetails order) {
			return new OrderSummary(order.orderId(), order.status().name(), order.createdAt(),
					OrderResponse.ItemResponse.of(order), MoneyResponse.of(order.grandTotal(), order.currency()),
					OrderResponse.PaymentResponse.of(order));
		}

	}

}

package shop.orders.order.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.web.PageQuery;
import shop.common.web.PageResponse;
import shop.common.web.ValidationException;
import shop.orders.order.OrderService;
import shop.orders.order.OrderStatus;

/**
 * Orders for admins (role {@code ADMIN}, enforced for {@code /api/admin/**}): the list by
 * status, shipping and delivery.
 */
@RestController
@RequestMapping("/api/admin/orders")
class AdminOrderController {

	private final OrderService orders;

	AdminOrderController(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping
	PageResponse<OrderResponse> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.orders.byStatus(parse(status), query), OrderResponse::of);
	}

	@PostMapping("/{orderId}/ship")
	OrderResponse ship(@PathVariable UUID orderId, @Valid @RequestBody ShipOrderRequest request) {
		return OrderResponse.of(this.orders.ship(orderId, request.carrier().strip(), request.trackingNumber().strip()));
	}

	@PostMapping("/{orderId}/deliver")
	OrderResponse deliver(@PathVariable UUID orderId) {
		return OrderResponse.of(this.orders.deliver(orderId));
	}

	private static OrderStatus parse(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of("status", "must be one of "
					+ Arrays.stream(OrderStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}

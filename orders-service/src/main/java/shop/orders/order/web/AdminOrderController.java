package shop.orders.order.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Admin: orders", description = "Every shopper's orders by status, shipping and delivery, for admins")
class AdminOrderController {

	private static final String NOT_FOUND = "`NOT_FOUND`: no such order";

	private final OrderService orders;

	AdminOrderController(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping
	@Operation(summary = "List orders", description = "Every user's orders, newest first, optionally in one status.")
	@ApiResponse(responseCode = "200", description = "One page of orders")
	PageResponse<OrderResponse> list(
			@Parameter(description = "Only orders in this status (any case); every order when absent",
					schema = @Schema(implementation = OrderStatus.class),
					example = "CONFIRMED") @RequestParam(required = false) String status,
			@Parameter(description = "Zero-based page number",
					example = "0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Orders per page, 20 by default; above 100 counts as 100",
					example = "20") @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		return PageResponse.of(this.orders.byStatus(parse(status), query), OrderResponse::of);
	}

	@PostMapping("/{orderId}/ship")
	@Operation(summary = "Ship a confirmed order",
			description = "Hands the order to a carrier: SHIPPED, and from then on it can no longer be cancelled. "
					+ "Repeating the same shipment changes nothing.")
	@ApiResponse(responseCode = "200", description = "The order, SHIPPED")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409",
			description = "`ILLEGAL_ORDER_TRANSITION`: the order is not CONFIRMED (or was shipped differently); "
					+ "`ORDER_BEING_CANCELLED`: its shopper is cancelling it")
	OrderResponse ship(@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId,
			@Valid @RequestBody ShipOrderRequest request) {
		return OrderResponse.of(this.orders.ship(orderId, request.carrier().strip(), request.trackingNumber().strip()));
	}

	@PostMapping("/{orderId}/deliver")
	@Operation(summary = "Mark a shipped order delivered",
			description = "DELIVERED: its products can be rated from then on. Repeating it changes nothing.")
	@ApiResponse(responseCode = "200", description = "The order, DELIVERED")
	@ApiResponse(responseCode = "404", description = NOT_FOUND)
	@ApiResponse(responseCode = "409", description = "`ILLEGAL_ORDER_TRANSITION`: the order is not SHIPPED")
	OrderResponse deliver(@Parameter(example = OrderExamples.ORDER_ID) @PathVariable UUID orderId) {
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

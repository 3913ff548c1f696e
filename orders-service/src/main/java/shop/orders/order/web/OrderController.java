package shop.orders.order.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.jwt.CurrentUser;
import shop.common.web.PageQuery;
import shop.orders.order.OrderService;
import shop.orders.saga.CheckoutService;
import shop.orders.saga.OrderOutcome;
import shop.orders.saga.PlacedOrder;

/**
 * A shopper's orders: checkout, confirmation, cancellation, history. Another user's order
 * answers 404.
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private final CheckoutService checkout;

	private final OrderService orders;

	OrderController(CheckoutService checkout, OrderService orders) {
		this.checkout = checkout;
		this.orders = orders;
	}

	/**
	 * 201 with the order waiting for payment approval; 200 with the same order for a
	 * repeat under the same {@code Idempotency-Key}.
	 */
	@PostMapping
	ResponseEntity<OrderResponse> place(@CurrentUser UUID userId,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody CreateOrderRequest request) {
		PlacedOrder placed = this.checkout.placeOrder(request.toCommand(userId, idempotencyKey));
		OrderResponse body = OrderResponse.of(placed.order());
		if (placed.created()) {
			return ResponseEntity.created(URI.create("/api/orders/" + body.orderId())).body(body);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping
	OrderHistoryResponse history(@CurrentUser UUID userId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return OrderHistoryResponse.of(this.orders.history(userId, PageQuery.of(page, size)));
	}

	@GetMapping("/{orderId}")
	OrderResponse order(@CurrentUser UUID userId, @PathVariable UUID orderId) {
		return OrderResponse.of(this.orders.order(userId, orderId));
	}

	/**
	 * 200 once confirmed; 202 when the saga finishes it in the background (a service it
	 * needs is unreachable for now).
	 */
	@PostMapping("/{orderId}/confirm")
	ResponseEntity<OrderResponse> confirm(@CurrentUser UUID userId, @PathVariable UUID orderId) {
		return answer(this.checkout.confirm(userId, orderId));
	}

	/**
	 * 200 once cancelled or refunded; 202 while the compensation finishes in the
	 * background.
	 */
	@PostMapping("/{orderId}/cancel")
	ResponseEntity<OrderResponse> cancel(@CurrentUser UUID userId, @PathVariable UUID orderId) {
		return answer(this.checkout.cancel(userId, orderId));
	}

	private static ResponseEntity<OrderResponse> answer(OrderOutcome outcome) {
		return ResponseEntity.status(outcome.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(OrderResponse.of(outcome.order()));
	}

}
